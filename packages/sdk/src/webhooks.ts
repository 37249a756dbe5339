import type { WebhookEvent } from './types';

/**
 * Standard Webhooks v1 verification with WebCrypto only, so it runs in Node, browsers and edge
 * runtimes alike. Pass the body exactly as received: re-serialized JSON would not match.
 */

export type WebhookVerificationCode =
  | 'MISSING_HEADER'
  | 'INVALID_TIMESTAMP'
  | 'TIMESTAMP_OUT_OF_TOLERANCE'
  | 'INVALID_SIGNATURE'
  | 'INVALID_PAYLOAD';

export class WebhookVerificationError extends Error {
  readonly code: WebhookVerificationCode;

  constructor(code: WebhookVerificationCode, message: string) {
    super(message);
    this.name = 'WebhookVerificationError';
    this.code = code;
  }
}

export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

export interface VerifyWebhookOptions {
  /** How far `webhook-timestamp` may be from now, either way (default 300 s). */
  toleranceSeconds?: number;
  now?: Date;
}

// Duck-typed: a `Headers` from another realm (or a polyfill) fails `instanceof`.
const isHeaders = (headers: WebhookHeaders): headers is Headers => typeof headers.get === 'function';

const header = (headers: WebhookHeaders, name: string): string => {
  const value = isHeaders(headers) ? headers.get(name) : Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) throw new WebhookVerificationError('MISSING_HEADER', `the ${name} header is missing`);
  return text;
};

const bytesOf = (base64: string): Uint8Array<ArrayBuffer> | undefined => {
  try {
    return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
};

const keyOf = (secret: string) => {
  const key = bytesOf(secret.startsWith('whsec_') ? secret.slice(6) : secret);
  if (!key?.length) throw new TypeError('a webhook secret is `whsec_` followed by base64');
  return crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
};

/** Checks the delivery's signature and age, then returns its event; throws `WebhookVerificationError` otherwise. */
export const verifyWebhook = async (
  payload: string,
  headers: WebhookHeaders,
  secret: string | string[],
  { toleranceSeconds = 300, now = new Date() }: VerifyWebhookOptions = {},
): Promise<WebhookEvent> => {
  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  if (!/^\d+$/.test(timestamp)) throw new WebhookVerificationError('INVALID_TIMESTAMP', 'webhook-timestamp is not a number of seconds');
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > toleranceSeconds) {
    throw new WebhookVerificationError(
      'TIMESTAMP_OUT_OF_TOLERANCE',
      `webhook-timestamp is more than ${toleranceSeconds} s from now: a replay, or a skewed clock`,
    );
  }
  const signed = new TextEncoder().encode(`${id}.${timestamp}.${payload}`);
  const candidates = signatures
    .split(' ')
    .filter((s) => s.startsWith('v1,'))
    .map((s) => bytesOf(s.slice(3)))
    .filter((s) => s !== undefined);
  const keys = await Promise.all((Array.isArray(secret) ? secret : [secret]).map(keyOf));
  let valid = false;
  // subtle.verify compares in constant time; every pair is checked so timing says nothing about which matched.
  for (const key of keys) for (const signature of candidates) valid = (await crypto.subtle.verify('HMAC', key, signature, signed)) || valid;
  if (!valid) throw new WebhookVerificationError('INVALID_SIGNATURE', 'no webhook-signature matches this payload and secret');
  try {
    return JSON.parse(payload) as WebhookEvent;
  } catch {
    throw new WebhookVerificationError('INVALID_PAYLOAD', 'the payload is not JSON');
  }
};
