import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { GetObjectCommand, NoSuchKey, PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { bucketName } from './bucket';
import { s3, s3Presigner } from './clients';

/**
 * Plugin bundles in the files bucket, under `plugins/<plugin>/` (plugins are global, so not under a
 * workspace prefix). A publisher uploads straight to S3 with a presigned PUT that signs the length
 * it announced; registration then reads the object back, never trusting that the signature held.
 */

export const pluginObjectPrefix = (pluginId: string): string => `plugins/${pluginId}/`;
export const bundleUploadKey = (pluginId: string, uploadId: string): string => `${pluginObjectPrefix(pluginId)}uploads/${uploadId}`;

/** The URL signs Content-Length (and no checksum): S3 refuses a body of any other size. */
export const presignBundleUpload = (key: string, size: number, seconds: number): Promise<string> =>
  getSignedUrl(s3Presigner(), new PutObjectCommand({ Bucket: bucketName, Key: key, ContentLength: size }), { expiresIn: seconds });

export type UploadedBundle = { kind: 'missing' } | { kind: 'too_large'; bytes: number } | { kind: 'read'; bytes: Buffer; sha256: string };

/** Reads the upload, stopping as soon as it passes `maxBytes` whatever its metadata says. */
export const readUploadedBundle = async (key: string, maxBytes: number): Promise<UploadedBundle> => {
  let object;
  try {
    object = await s3().send(new GetObjectCommand({ Bucket: bucketName, Key: key }));
  } catch (error) {
    if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return { kind: 'missing' };
    throw error;
  }
  const body = object.Body as Readable | undefined;
  if ((object.ContentLength ?? 0) > maxBytes) {
    body?.destroy();
    return { kind: 'too_large', bytes: object.ContentLength ?? 0 };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body ?? []) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      body?.destroy();
      return { kind: 'too_large', bytes: size };
    }
    chunks.push(chunk as Buffer);
  }
  const bytes = Buffer.concat(chunks);
  return { kind: 'read', bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
};
