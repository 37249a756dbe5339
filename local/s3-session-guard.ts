import { type PolicyRequest, policyAllows } from './session-policies';
import type { LocalSessions } from './sts-sessions';

/**
 * What S3 checks for a request signed with an STS session's key: the session token, its expiry,
 * and the session policy for each action the request needs (ListBucket with `s3:prefix`, GetObject,
 * PutObject, DeleteObject, AbortMultipartUpload). s3rver checks none of this, so this guard runs
 * before it. Requests signed with the platform's own key pass untouched. Requests the platform's
 * session policies never allow (bucket configuration, ACLs) and multi-object delete, which would
 * need the body read twice, are refused.
 */

/** The part of a Koa context the guard reads and answers on. */
export interface S3RequestContext {
  method: string;
  path: string;
  query: Record<string, string | string[] | undefined>;
  headers: Record<string, string | string[] | undefined>;
  status: number;
  type: string;
  body: unknown;
}

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/** `AWS4-HMAC-SHA256 Credential=AKID/20261207/…` in the header, or `X-Amz-Credential` on a presigned URL. */
const accessKeyIdOf = (context: S3RequestContext): string | undefined =>
  first(context.headers.authorization)?.match(/Credential=([^/,\s]+)\//)?.[1] ?? first(context.query['X-Amz-Credential'])?.split('/')[0];

const decodePath = (path: string): string[] | null => {
  try {
    return path.split('/').slice(1).map(decodeURIComponent);
  } catch {
    return null;
  }
};

const has = (context: S3RequestContext, name: string) => context.query[name] !== undefined;

/** The permissions one path-style request needs; null when the guard does not let sessions make it at all. */
export const s3RequestPermissions = (context: S3RequestContext): PolicyRequest[] | null => {
  const segments = decodePath(context.path);
  if (!segments?.[0]) return null;
  const [bucket, ...rest] = segments;
  const key = rest.join('/');
  const bucketArn = `arn:aws:s3:::${bucket}`;
  const method = context.method.toUpperCase();
  if (!key) {
    const subresource = Object.keys(context.query).some(
      (name) =>
        ![
          'list-type',
          'prefix',
          'delimiter',
          'continuation-token',
          'max-keys',
          'start-after',
          'encoding-type',
          'marker',
          'fetch-owner',
        ].includes(name),
    );
    if (method !== 'GET' || subresource) return null;
    return [{ action: 's3:ListBucket', resource: bucketArn, context: { 's3:prefix': first(context.query.prefix) ?? '' } }];
  }
  const object = { resource: `${bucketArn}/${key}` };
  if ((method === 'GET' || method === 'HEAD') && !has(context, 'uploadId') && !has(context, 'acl') && !has(context, 'tagging')) {
    return [{ action: 's3:GetObject', ...object }];
  }
  if (method === 'PUT' && !has(context, 'acl') && !has(context, 'tagging')) {
    const source = first(context.headers['x-amz-copy-source']);
    const copied = source ? decodePath(`/${source.replace(/^\//, '').split('?')[0]}`) : [];
    if (!copied) return null;
    return [
      { action: 's3:PutObject', ...object },
      ...(source ? [{ action: 's3:GetObject', resource: `arn:aws:s3:::${copied.join('/')}` }] : []),
    ];
  }
  if (method === 'POST' && (has(context, 'uploads') || has(context, 'uploadId'))) return [{ action: 's3:PutObject', ...object }];
  if (method === 'DELETE') return [{ action: has(context, 'uploadId') ? 's3:AbortMultipartUpload' : 's3:DeleteObject', ...object }];
  return null;
};

const refuse = (context: S3RequestContext, status: number, code: string, message: string): void => {
  context.status = status;
  context.type = 'application/xml';
  context.body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;
};

export const s3SessionGuard =
  (sessions: LocalSessions) =>
  async (context: S3RequestContext, next: () => Promise<unknown>): Promise<unknown> => {
    const keyId = accessKeyIdOf(context);
    const session = keyId ? sessions.find(keyId) : undefined;
    if (!session) return next();
    const token = first(context.headers['x-amz-security-token']) ?? first(context.query['X-Amz-Security-Token']);
    if (token !== session.sessionToken)
      return refuse(context, 403, 'InvalidToken', 'The provided token is malformed or otherwise invalid.');
    if (sessions.isExpired(session)) return refuse(context, 400, 'ExpiredToken', 'The provided token has expired.');
    const needed = s3RequestPermissions(context);
    if (!needed?.every((request) => policyAllows(session.policy, request))) return refuse(context, 403, 'AccessDenied', 'Access Denied');
    return next();
  };
