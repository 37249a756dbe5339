import { createHash, randomBytes } from 'node:crypto';

/** API key secrets: `ap_live_` + 40 base62 characters (~238 bits). Only their SHA-256 is ever stored. */

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export const newApiKeySecret = (): string => `ap_live_${Array.from(randomBytes(40), (b) => ALPHABET[b % ALPHABET.length]).join('')}`;

export const hashApiKey = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** Enough of the secret to recognise it in a list, too little to guess the rest. */
export const apiKeyPrefix = (secret: string): string => secret.slice(0, 12);
