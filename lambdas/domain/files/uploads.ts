/**
 * Sizes and lifetimes of file transfers. Small files travel in the request body; larger ones go
 * straight to S3 with a presigned URL, so they never pass through API Gateway or Lambda.
 */

/**
 * A body sent directly: 4 MiB. Deployed, API Gateway hands binary bodies to Lambda base64-encoded
 * (4/3 larger) and Lambda takes at most 6 MB per synchronous request, so 5 MiB could not arrive.
 */
export const DIRECT_UPLOAD_MAX_BYTES = 4 * 1024 * 1024;

/** S3's limit for one PUT. */
export const PRESIGNED_UPLOAD_MAX_BYTES = 5 * 1024 * 1024 * 1024;

export const UPLOAD_URL_SECONDS = 15 * 60;
export const DOWNLOAD_URL_SECONDS = 5 * 60;

/**
 * Reservations of unused upload URLs are settled this long after the URL expires: S3 checks the
 * expiry when an upload starts, and a 5 GiB upload started at the last second still has to finish.
 */
export const UPLOAD_SETTLE_GRACE_SECONDS = 60 * 60;

/**
 * Media types API Gateway must pass to Lambda as binary (base64) rather than as UTF-8 text; any
 * file can be sent as `application/octet-stream`. JSON and text stay text, as every other route expects.
 */
export const BINARY_MEDIA_TYPES = [
  'application/octet-stream',
  'application/pdf',
  'application/zip',
  'application/gzip',
  'application/x-tar',
  'image/*',
  'audio/*',
  'video/*',
  'font/*',
] as const;

export const DEFAULT_CONTENT_TYPE = 'application/octet-stream';
