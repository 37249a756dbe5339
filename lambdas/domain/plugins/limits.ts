/**
 * What a plugin bundle may hold. The archive limit is what the presigned upload allows; the rest
 * stop decompression bombs (checked on the bytes actually inflated, never on headers) and keep a
 * version's manifest and docs within one table item (DynamoDB's 400 KB).
 */
export const BUNDLE_LIMITS = {
  /** The uploaded archive (zip or .tar.gz). */
  archiveBytes: 10 * 1024 * 1024,
  /** Everything inflated, all entries together. */
  uncompressedBytes: 50 * 1024 * 1024,
  entries: 1_000,
  /** plugin.json. */
  manifestBytes: 64 * 1024,
  /** One skill or command document. */
  docBytes: 32 * 1024,
  /** All documents a manifest names, together. */
  docsBytes: 256 * 1024,
  skills: 50,
  commands: 50,
  tools: 50,
  requires: 20,
} as const;

export type BundleLimits = { [K in keyof typeof BUNDLE_LIMITS]: number };

export const MANIFEST_FILE = 'plugin.json';

/** Upload URLs stay valid this long. */
export const UPLOAD_URL_SECONDS = 15 * 60;

/** Plugins assigned to one agent: keeps an assignment change within one transaction. */
export const MAX_PLUGINS_PER_AGENT = 20;
