import { randomBytes, randomUUID } from 'node:crypto';
import type { APIGatewayProxyResult } from 'aws-lambda';
import type { IncomingRequest } from './gateway-event';
import { LOCAL_ACCOUNT } from './iam-actions';
import type { EvaluatedPolicy } from './session-policies';

/**
 * STS's `AssumeRole`, for the one role the platform assumes (direct access to an agent's files):
 * `AWS_ENDPOINT_URL_STS` points at `/__aws/sts`. Each session gets its own key pair and token, and
 * keeps the session policy it was issued with; the S3 stand-in checks every request signed with the
 * session's key against that policy (s3-session-guard.ts), as S3 does deployed.
 */

export const STS_PATH = '/__aws/sts';
export const LOCAL_AGENT_FILES_ROLE_ARN = `arn:aws:iam::${LOCAL_ACCOUNT}:role/agent-platform-local-agent-files`;

/** The role's maximum session duration (CDK: one hour) and STS's minimum. */
const MIN_SECONDS = 900;
const MAX_SECONDS = 3600;

export interface LocalSession {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiresAt: number;
  policy: EvaluatedPolicy;
}

const xml = (statusCode: number, body: string): APIGatewayProxyResult => ({
  statusCode,
  headers: { 'Content-Type': 'text/xml' },
  body: `<?xml version="1.0" encoding="UTF-8"?>\n${body}`,
});

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const refusal = (statusCode: number, code: string, message: string) =>
  xml(
    statusCode,
    `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error>` +
      `<RequestId>${randomUUID()}</RequestId></ErrorResponse>`,
  );

const parsePolicy = (text: string | null): EvaluatedPolicy | null => {
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as Partial<EvaluatedPolicy>;
    return Array.isArray(parsed.Statement) ? (parsed as EvaluatedPolicy) : null;
  } catch {
    return null;
  }
};

export class LocalSessions {
  private readonly sessions = new Map<string, LocalSession>();

  /** `onIssue` lets the S3 stand-in know the key (s3rver refuses keys it has never heard of). */
  constructor(
    private readonly onIssue: (accessKeyId: string, secretAccessKey: string) => void,
    private readonly now: () => number = Date.now,
  ) {}

  find(accessKeyId: string): LocalSession | undefined {
    return this.sessions.get(accessKeyId);
  }

  isExpired(session: LocalSession): boolean {
    return this.now() >= session.expiresAt;
  }

  handle(request: IncomingRequest): APIGatewayProxyResult | null {
    if (request.method !== 'POST' || !request.path.startsWith(STS_PATH)) return null;
    const form = new URLSearchParams(request.body.toString('utf8'));
    if (form.get('Action') !== 'AssumeRole')
      return refusal(400, 'InvalidAction', `${form.get('Action') ?? '(none)'} is not served locally`);
    const roleArn = form.get('RoleArn') ?? '';
    if (roleArn !== LOCAL_AGENT_FILES_ROLE_ARN)
      return refusal(403, 'AccessDenied', `not authorized to perform sts:AssumeRole on resource: ${roleArn}`);
    const seconds = Number(form.get('DurationSeconds') ?? MIN_SECONDS);
    if (!Number.isInteger(seconds) || seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
      return refusal(400, 'ValidationError', `DurationSeconds must be ${MIN_SECONDS} to ${MAX_SECONDS}`);
    }
    // The platform always narrows the role with a session policy; without one the role's own rights would apply.
    const policy = parsePolicy(form.get('Policy'));
    if (!policy) return refusal(400, 'MalformedPolicyDocument', 'the local runtime issues sessions only with a session policy');
    const session: LocalSession = {
      accessKeyId: `ASIA${randomBytes(8).toString('hex').toUpperCase()}`,
      secretAccessKey: randomBytes(30).toString('base64url'),
      sessionToken: randomBytes(48).toString('base64url'),
      expiresAt: this.now() + seconds * 1000,
      policy,
    };
    this.sessions.set(session.accessKeyId, session);
    this.onIssue(session.accessKeyId, session.secretAccessKey);
    const sessionName = escapeXml(form.get('RoleSessionName') ?? 'session');
    return xml(
      200,
      `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials>` +
        `<AccessKeyId>${session.accessKeyId}</AccessKeyId><SecretAccessKey>${session.secretAccessKey}</SecretAccessKey>` +
        `<SessionToken>${session.sessionToken}</SessionToken>` +
        `<Expiration>${new Date(session.expiresAt).toISOString()}</Expiration></Credentials>` +
        `<AssumedRoleUser><AssumedRoleId>AROALOCAL:${sessionName}</AssumedRoleId>` +
        `<Arn>arn:aws:sts::${LOCAL_ACCOUNT}:assumed-role/agent-platform-local-agent-files/${sessionName}</Arn></AssumedRoleUser>` +
        `</AssumeRoleResult><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></AssumeRoleResponse>`,
    );
  }
}
