import { createHash } from 'node:crypto';
import { InvalidInput, PayloadTooLarge } from '../errors';
import type { Agent } from './model';

/**
 * Agent avatars (API.md: png, jpg, gif or webp, at most 2 MiB, checked by magic bytes). The bytes
 * alone decide the type: neither the file name nor a data-URL media type is trusted, and a name
 * whose extension disagrees (a PNG screenshot saved as `.jpg`) does not fail the upload.
 */

export const AVATAR_MAX_BYTES = 2 * 1024 * 1024;

const IMAGE_TYPES = {
  png: { extension: 'png', contentType: 'image/png' },
  jpg: { extension: 'jpg', contentType: 'image/jpeg' },
  gif: { extension: 'gif', contentType: 'image/gif' },
  webp: { extension: 'webp', contentType: 'image/webp' },
} as const;

export type ImageType = (typeof IMAGE_TYPES)[keyof typeof IMAGE_TYPES];
export const AVATAR_CONTENT_TYPES = Object.values(IMAGE_TYPES).map((t) => t.contentType);

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** Each type's signature: byte values from offset 0; `null` matches any byte (WebP's RIFF chunk size). */
const SIGNATURES: readonly { type: ImageType; bytes: readonly (number | null)[] }[] = [
  { type: IMAGE_TYPES.png, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: IMAGE_TYPES.jpg, bytes: [0xff, 0xd8, 0xff] },
  { type: IMAGE_TYPES.gif, bytes: ascii('GIF87a') },
  { type: IMAGE_TYPES.gif, bytes: ascii('GIF89a') },
  { type: IMAGE_TYPES.webp, bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')] },
];

export const detectImageType = (bytes: Uint8Array): ImageType | null =>
  SIGNATURES.find(({ bytes: signature }) => signature.length <= bytes.length && signature.every((b, i) => b === null || b === bytes[i]))
    ?.type ?? null;

/**
 * Browsers' `FileReader.readAsDataURL` prefix is accepted; the media type it names is ignored like the file name.
 * The prefix is short and bounded, so this pattern only ever sees its first 256 characters.
 */
const DATA_URL_PREFIX = /^data:[\w.+/-]{0,100}(?:;[\w=.+-]{1,100}){0,4};base64,/;
const DATA_URL_PREFIX_MAX = 256;

const stripDataUrlPrefix = (text: string): string => {
  const prefix = DATA_URL_PREFIX.exec(text.slice(0, DATA_URL_PREFIX_MAX))?.[0];
  return prefix ? text.slice(prefix.length) : text;
};

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const IS_BASE64 = new Set([...BASE64_ALPHABET].map((c) => c.charCodeAt(0)));
const IS_WHITESPACE = new Set([...' \t\n\r\f\v'].map((c) => c.charCodeAt(0)));
const PAD = '='.charCodeAt(0);

/**
 * Standard base64 alphabet; line breaks (as `base64` tools wrap at 76) and missing padding are tolerated.
 * One pass over the characters, no regex over the whole body: a body of spaces costs time linear in its length.
 */
export const isAvatarBase64 = (text: string): boolean => {
  const base64 = stripDataUrlPrefix(text);
  let padding = 0;
  for (let i = 0; i < base64.length; i += 1) {
    const code = base64.charCodeAt(i);
    if (IS_WHITESPACE.has(code)) continue;
    if (code === PAD) padding += 1;
    else if (padding > 0 || !IS_BASE64.has(code)) return false;
  }
  return padding <= 2;
};

const withoutWhitespace = (text: string): string => text.replace(/[ \t\n\r\f\v]/g, '');

/** Where a new avatar comes from, as a create or update sends it: an upload, an https URL, or null to remove it. */
export type AvatarSource = { base64: string } | { url: string } | null;

export interface AvatarImage {
  bytes: Buffer;
  type: ImageType;
  /** Hex SHA-256 of the bytes: the stored object is named by its content. */
  sha256: string;
}

/** Four characters carry three bytes, less the padding: the size is known before decoding. */
const trailingPadding = (base64: string): number => {
  let count = 0;
  while (base64[base64.length - 1 - count] === '=') count += 1;
  return count;
};
const decodedLength = (base64: string): number => Math.floor((base64.length * 3) / 4) - trailingPadding(base64);

/** `avatarBase64` has passed isAvatarBase64. Over 2 MiB decoded: 413; not one of the four types: 400. */
export const decodeAvatar = (avatarBase64: string): AvatarImage => {
  const base64 = withoutWhitespace(stripDataUrlPrefix(avatarBase64));
  if (decodedLength(base64) > AVATAR_MAX_BYTES) {
    throw new PayloadTooLarge(AVATAR_MAX_BYTES, { what: 'the decoded avatar', field: 'avatar_base64' });
  }
  const bytes = Buffer.from(base64, 'base64');
  const type = detectImageType(bytes);
  if (!type) {
    throw new InvalidInput('avatar_base64 is not a PNG, JPEG, GIF or WebP image; send one of those, base64-encoded', [
      { field: 'avatar_base64', issue: 'not a png, jpg, gif or webp image (checked by its first bytes)' },
    ]);
  }
  return { bytes, type, sha256: createHash('sha256').update(bytes).digest('hex') };
};

/** `avatarUrl`: where the image was stored (the object key). A change like any other: new version, new `updated_at`. */
export const withAvatar = (agent: Agent, avatarUrl: string, now: string): Agent => ({
  ...agent,
  avatar_url: avatarUrl,
  updated_at: now,
  version: agent.version + 1,
});
