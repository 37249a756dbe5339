import { createHash, randomBytes } from 'node:crypto';
import type { Scope } from '../shared/route';

/** API key secrets: `ap_live_` + 40 base62 characters (~238 bits). Only their SHA-256 is ever stored. */

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export const newApiKeySecret = (): string => `ap_live_${Array.from(randomBytes(40), (b) => ALPHABET[b % ALPHABET.length]).join('')}`;

export const hashApiKey = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** Enough of the secret to recognise it in a list, too little to guess the rest. */
export const apiKeyPrefix = (secret: string): string => secret.slice(0, 12);

/** A workspace's API key as listed; the secret's hash is stored beside it, never read back out. */
export interface ApiKeyRecord {
  id: string;
  workspace_id: string;
  name: string;
  scopes: Scope[];
  /** The first characters of the secret, enough to recognise it. */
  prefix: string;
  /** The email of the person who created it: removing them from the workspace revokes it. */
  created_by: string;
  created_at: string;
  last_used_at: string | null;
  /** ISO time after which the key answers 401; null: until revoked (absent on older keys). */
  expires_at?: string | null;
}
