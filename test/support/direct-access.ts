import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';

/** An S3 client on the credentials of `POST /api/agents/{agent}/access`, used as a customer would use them. */

export interface GrantedAccess {
  bucket: string;
  prefix: string;
  region: string;
  endpoint: string | null;
  force_path_style: boolean;
  credentials: { access_key_id: string; secret_access_key: string; session_token: string };
}

/** S3's error code for a refused call (`AccessDenied`, `NoSuchKey`…), or `ok`. */
const outcome = async (call: Promise<unknown>): Promise<string> => {
  try {
    await call;
    return 'ok';
  } catch (error) {
    if (error instanceof S3ServiceException) return error.name;
    throw error;
  }
};

export const directAccess = (access: GrantedAccess, tamper: { sessionToken?: string } = {}) => {
  const client = new S3Client({
    region: access.region,
    endpoint: access.endpoint ?? undefined,
    forcePathStyle: access.force_path_style,
    credentials: {
      accessKeyId: access.credentials.access_key_id,
      secretAccessKey: access.credentials.secret_access_key,
      sessionToken: tamper.sessionToken ?? access.credentials.session_token,
    },
  });
  const Bucket = access.bucket;
  const keyOf = (path: string) => `${access.prefix}${path}`;
  return {
    /** Keys under `prefix` (the grant's own prefix unless another is given). */
    list: async (prefix = access.prefix): Promise<string[]> =>
      ((await client.send(new ListObjectsV2Command({ Bucket, Prefix: prefix }))).Contents ?? []).map((o) => o.Key ?? ''),
    read: async (key: string): Promise<string> =>
      (await client.send(new GetObjectCommand({ Bucket, Key: key }))).Body?.transformToString() ?? '',
    outcomeOf: {
      list: (prefix: string) => outcome(client.send(new ListObjectsV2Command({ Bucket, Prefix: prefix }))),
      read: (key: string) => outcome(client.send(new GetObjectCommand({ Bucket, Key: key }))),
      write: (key: string, body: string | Buffer) => outcome(client.send(new PutObjectCommand({ Bucket, Key: key, Body: body }))),
      remove: (key: string) => outcome(client.send(new DeleteObjectCommand({ Bucket, Key: key }))),
    },
    keyOf,
  };
};
