import { createHmac } from 'node:crypto';

/**
 * Standard Webhooks v1 signing: `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, keyed with the
 * bytes the secret's base64 part (after `whsec_`) decodes to; one signature per live secret,
 * space-separated, so a receiver rolling its secret over accepts either.
 */

export interface SignedHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

const SECRET_PREFIX = 'whsec_';

export const signature = (secret: string, id: string, timestamp: number, body: string): string => {
  const key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
};

/** `at`: when the request is sent; receivers refuse timestamps too far from their own clock. */
export const signedHeaders = (secrets: readonly string[], id: string, at: Date, body: string): SignedHeaders => {
  const timestamp = Math.floor(at.getTime() / 1000);
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': secrets.map((s) => signature(s, id, timestamp, body)).join(' '),
  };
};
