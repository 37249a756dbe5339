import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { Agent } from '../domain/agents/model';
import { fileName } from '../domain/files/paths';
import { agentObjectPrefix } from './avatars';
import { bucketName } from './bucket';
import { s3, s3Presigner } from './clients';

/**
 * The objects behind an agent's files: `ws/<ws>/agents/<agent>/files/<path>` in the files bucket.
 * Plain S3 calls and key building, no rules; `agent-files.ts` holds the rules.
 */

type AgentRef = Pick<Agent, 'workspace_id' | 'id'>;

export const agentFilesPrefix = (agent: AgentRef): string => `${agentObjectPrefix(agent)}files/`;
export const agentFileKey = (agent: AgentRef, path: string): string => `${agentFilesPrefix(agent)}${path}`;

export interface ObjectHead {
  size: number;
  modified: Date;
  contentType: string | undefined;
  /** S3's ETag without its quotes: the body's MD5 for a single PUT under S3-managed keys. */
  etag: string | null;
}

const isMissing = (error: unknown): boolean => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NotFound' || e.name === 'NoSuchKey' || e.$metadata?.httpStatusCode === 404;
};

export const headObject = async (key: string): Promise<ObjectHead | null> => {
  try {
    const head = await s3().send(new HeadObjectCommand({ Bucket: bucketName, Key: key }));
    return {
      size: head.ContentLength ?? 0,
      modified: head.LastModified ?? new Date(0),
      contentType: head.ContentType,
      etag: head.ETag?.replace(/"/g, '') ?? null,
    };
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
};

export const putObject = async (key: string, body: Buffer, contentType: string): Promise<void> => {
  await s3().send(new PutObjectCommand({ Bucket: bucketName, Key: key, Body: body, ContentType: contentType, ContentLength: body.length }));
};

export const deleteObject = async (key: string): Promise<void> => {
  await s3().send(new DeleteObjectCommand({ Bucket: bucketName, Key: key }));
};

/** The object's bytes, or null when it does not exist; `tooLarge` is thrown before reading a body over `maxBytes`. */
export const getObject = async (
  key: string,
  maxBytes: number,
  tooLarge: () => Error,
): Promise<{ body: Buffer; size: number; contentType: string | undefined } | null> => {
  try {
    const object = await s3().send(new GetObjectCommand({ Bucket: bucketName, Key: key }));
    if ((object.ContentLength ?? 0) > maxBytes) {
      (object.Body as { destroy?: () => void } | undefined)?.destroy?.();
      throw tooLarge();
    }
    const body = Buffer.from((await object.Body?.transformToByteArray()) ?? new Uint8Array());
    return { body, size: body.length, contentType: object.ContentType };
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
};

export interface ListedObjects {
  objects: { key: string; size: number; modified: Date }[];
  folders: string[];
  /** Where the next call starts, when S3 has more. */
  nextMarker: string | undefined;
}

/**
 * One call's worth of keys under `prefix` (up to `maxKeys`): every key (`recursive`), or one level
 * with deeper keys rolled up into folders. ListObjects (v1) with markers rather than v2: the local
 * S3 stand-in cannot make v2 continuation tokens on Node's OpenSSL 3 (it uses DES), and a marker
 * is an ordinary key, the same on both.
 */
export const listObjects = async (prefix: string, recursive: boolean, maxKeys: number, marker?: string): Promise<ListedObjects> => {
  const page = await s3().send(
    new ListObjectsCommand({
      Bucket: bucketName,
      Prefix: prefix,
      Delimiter: recursive ? undefined : '/',
      MaxKeys: maxKeys,
      Marker: marker,
    }),
  );
  const objects = (page.Contents ?? []).map((o) => ({ key: o.Key ?? '', size: o.Size ?? 0, modified: o.LastModified ?? new Date(0) }));
  return {
    objects,
    folders: (page.CommonPrefixes ?? []).map((p) => p.Prefix ?? ''),
    // S3 names the next marker only with a delimiter; without one it is the last key.
    nextMarker: page.IsTruncated ? (page.NextMarker ?? objects[objects.length - 1]?.key) : undefined,
  };
};

/** `Content-Disposition` for a download: the file's own name, safe for any characters (RFC 6266 / 5987). */
const attachment = (path: string): string => {
  const name = fileName(path);
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
};

export const presignGet = (key: string, path: string, seconds: number): Promise<string> =>
  getSignedUrl(s3Presigner(), new GetObjectCommand({ Bucket: bucketName, Key: key, ResponseContentDisposition: attachment(path) }), {
    expiresIn: seconds,
  });

/** With a size, the URL signs the length: S3 refuses a body of any other size, so a reservation matches what lands. */
export const presignPut = (key: string, seconds: number, size?: number): Promise<string> =>
  getSignedUrl(s3Presigner(), new PutObjectCommand({ Bucket: bucketName, Key: key, ContentLength: size }), { expiresIn: seconds });
