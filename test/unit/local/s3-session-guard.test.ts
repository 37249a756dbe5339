import { sessionPolicy } from '../../../lambdas/domain/files/session-policy';
import type { IncomingRequest } from '../../../local/gateway-event';
import { s3RequestPermissions, type S3RequestContext, s3SessionGuard } from '../../../local/s3-session-guard';
import { matchesWildcard, policyAllows } from '../../../local/session-policies';
import { LOCAL_AGENT_FILES_ROLE_ARN, LocalSessions } from '../../../local/sts-sessions';

/** The local STS stand-in and the S3 guard that holds its sessions to their policy, as STS and S3 do. */

const PREFIX = 'ws/ws_01ABC/agents/agent_01XYZ/files/';
const policy = (access: 'read' | 'write') => sessionPolicy({ partition: 'aws', bucket: 'files', prefix: PREFIX, access });

const assumeRole = (sessions: LocalSessions, form: Record<string, string>) =>
  sessions.handle({
    method: 'POST',
    path: '/__aws/sts/',
    query: new URLSearchParams(),
    headers: {},
    body: Buffer.from(
      new URLSearchParams({
        Action: 'AssumeRole',
        RoleArn: LOCAL_AGENT_FILES_ROLE_ARN,
        RoleSessionName: 's',
        DurationSeconds: '900',
        ...form,
      }).toString(),
    ),
    sourceIp: '127.0.0.1',
  } satisfies IncomingRequest);

const issued = (sessions: LocalSessions, access: 'read' | 'write') => {
  const body = assumeRole(sessions, { Policy: JSON.stringify(policy(access)) })?.body ?? '';
  const field = (name: string) => body.match(new RegExp(`<${name}>([^<]+)</${name}>`))?.[1] ?? '';
  return { keyId: field('AccessKeyId'), token: field('SessionToken') };
};

const s3Request = (
  method: string,
  path: string,
  query: Record<string, string> = {},
  headers: Record<string, string> = {},
): S3RequestContext => ({
  method,
  path,
  query,
  headers,
  status: 404,
  type: '',
  body: undefined,
});

const signedBy = (keyId: string, token: string, context: S3RequestContext): S3RequestContext => ({
  ...context,
  headers: {
    ...context.headers,
    authorization: `AWS4-HMAC-SHA256 Credential=${keyId}/20261207/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=abc`,
    'x-amz-security-token': token,
  },
});

const run = async (sessions: LocalSessions, context: S3RequestContext) => {
  let passed = false;
  await s3SessionGuard(sessions)(context, async () => {
    passed = true;
  });
  return passed ? 'passed' : String(context.body).match(/<Code>(\w+)<\/Code>/)?.[1];
};

describe('IAM wildcards', () => {
  it.each([
    ['ws/*/files/*', 'ws/a/b/files/c.txt', true],
    ['ws/?/files/*', 'ws/ab/files/c', false],
    ['s3:*Object', 's3:GetObject', true],
  ])('%s against %s is %s', (pattern, text, expected) => {
    expect(matchesWildcard(pattern, text)).toBe(expected);
  });

  it('match without backtracking blow-up: many stars against a long miss', () => {
    expect(matchesWildcard('a*a*a*a*a*a*b', 'a'.repeat(20_000))).toBe(false);
  });

  it('allow nothing through a condition operator the evaluator does not know (fails closed)', () => {
    const statement = {
      Effect: 'Allow',
      Action: 's3:ListBucket',
      Resource: 'arn:aws:s3:::files',
      Condition: { StringEquals: { 's3:prefix': 'x' } },
    };
    expect(
      policyAllows({ Statement: [statement] }, { action: 's3:ListBucket', resource: 'arn:aws:s3:::files', context: { 's3:prefix': 'x' } }),
    ).toBe(false);
  });
});

describe('the permissions one S3 request needs', () => {
  it.each([
    [
      'a listing',
      s3Request('GET', '/files', { 'list-type': '2', prefix: PREFIX }),
      [{ action: 's3:ListBucket', resource: 'arn:aws:s3:::files', context: { 's3:prefix': PREFIX } }],
    ],
    [
      'a read',
      s3Request('HEAD', `/files/${PREFIX}a%20b.txt`),
      [{ action: 's3:GetObject', resource: `arn:aws:s3:::files/${PREFIX}a b.txt` }],
    ],
    [
      'a copy, which also reads its source',
      s3Request('PUT', `/files/${PREFIX}b.txt`, {}, { 'x-amz-copy-source': '/files/ws/other/secret.txt' }),
      [
        { action: 's3:PutObject', resource: `arn:aws:s3:::files/${PREFIX}b.txt` },
        { action: 's3:GetObject', resource: 'arn:aws:s3:::files/ws/other/secret.txt' },
      ],
    ],
    [
      'an aborted multipart upload',
      s3Request('DELETE', `/files/${PREFIX}b.txt`, { uploadId: 'u' }),
      [{ action: 's3:AbortMultipartUpload', resource: `arn:aws:s3:::files/${PREFIX}b.txt` }],
    ],
    ['a multi-object delete (refused outright)', s3Request('POST', '/files', { delete: '' }), null],
    ['a bucket policy change (refused outright)', s3Request('PUT', '/files', { policy: '' }), null],
  ])('%s', (_, context, expected) => {
    expect(s3RequestPermissions(context)).toEqual(expected);
  });
});

describe('a session issued by the STS stand-in, at S3', () => {
  it('passes what its policy allows and refuses the rest with AccessDenied', async () => {
    const sessions = new LocalSessions(() => undefined);
    const { keyId, token } = issued(sessions, 'read');
    expect(await run(sessions, signedBy(keyId, token, s3Request('GET', `/files/${PREFIX}a.txt`)))).toBe('passed');
    expect(await run(sessions, signedBy(keyId, token, s3Request('PUT', `/files/${PREFIX}a.txt`)))).toBe('AccessDenied');
    expect(
      await run(
        sessions,
        signedBy(keyId, token, s3Request('PUT', `/files/${PREFIX}b.txt`, {}, { 'x-amz-copy-source': '/files/ws/other/x' })),
      ),
    ).toBe('AccessDenied');
  });

  it('is refused with ExpiredToken once its time is up, and a presigned URL of it too', async () => {
    let now = Date.parse('2026-12-07T12:00:00Z');
    const sessions = new LocalSessions(
      () => undefined,
      () => now,
    );
    const { keyId, token } = issued(sessions, 'write');
    const presigned = s3Request('GET', `/files/${PREFIX}a.txt`, {
      'X-Amz-Credential': `${keyId}/20261207/us-east-1/s3/aws4_request`,
      'X-Amz-Security-Token': token,
    });
    expect(await run(sessions, presigned)).toBe('passed');
    now += 900 * 1000;
    expect(await run(sessions, presigned)).toBe('ExpiredToken');
  });

  it('leaves requests made with any other key to S3', async () => {
    const sessions = new LocalSessions(() => undefined);
    expect(await run(sessions, signedBy('S3RVER', '', s3Request('PUT', '/files/anything')))).toBe('passed');
  });
});

describe('the STS stand-in', () => {
  it('registers each session’s key with S3 and issues it for the asked duration', () => {
    const accepted: string[] = [];
    const sessions = new LocalSessions(
      (keyId) => accepted.push(keyId),
      () => 0,
    );
    const { keyId } = issued(sessions, 'read');
    expect(accepted).toEqual([keyId]);
    expect(sessions.find(keyId)?.expiresAt).toBe(900_000);
  });

  it.each([
    ['another role', { RoleArn: 'arn:aws:iam::000000000000:role/admin' }, 'AccessDenied'],
    ['a session longer than the role allows', { DurationSeconds: '3601' }, 'ValidationError'],
    ['no session policy', { Policy: '' }, 'MalformedPolicyDocument'],
  ])('refuses %s', (_, form, code) => {
    const answer = assumeRole(new LocalSessions(() => undefined), { Policy: JSON.stringify(policy('read')), ...form });
    expect(answer?.body).toContain(`<Code>${code}</Code>`);
  });
});
