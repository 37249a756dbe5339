import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import type { Agent } from '../domain/agents/model';
import type { FileAccess } from '../domain/files/governance';
import { partitionOf, sessionPolicy } from '../domain/files/session-policy';
import { optionalEnv } from '../shared/env';
import { agentFilesPrefix, listObjects, presignDelete, presignGet, presignList, presignPut } from './agent-file-objects';
import { bucketName } from './bucket';
import { sdkClient } from '../shared/sdk-client';

/**
 * Direct access to one agent's files, for a limited time (API.md: `POST /api/agents/{agent}/access`).
 * Deployed, STS issues credentials of the stack's agent-files role narrowed by a session policy to
 * the agent's prefix. The local runtime has no STS, so it hands out presigned URLs instead: one to
 * list the prefix and, per existing file, one to download (and, for write access, to replace or
 * delete) it; new files go through `POST …/files/uploads` there.
 */

/** Set by the stack on the one function that grants access; absent locally. */
const roleArn = optionalEnv('AGENT_FILES_ACCESS_ROLE_ARN');
const sts = roleArn ? sdkClient(new STSClient({})) : null;

/** Presigned URLs go to at most this many files; `truncated` says when there are more. */
const PRESIGNED_FILES = 1000;

type AgentRef = Pick<Agent, 'workspace_id' | 'id'>;

const common = (agent: AgentRef, access: FileAccess) => ({
  access,
  bucket: bucketName,
  prefix: agentFilesPrefix(agent),
  region: optionalEnv('AWS_REGION') ?? 'us-east-1',
});

const assumeRole = async (arn: string, client: STSClient, agent: AgentRef, access: FileAccess, ttlSeconds: number) => {
  const base = common(agent, access);
  const policy = sessionPolicy({ partition: partitionOf(arn), bucket: base.bucket, prefix: base.prefix, access });
  const { Credentials: c } = await client.send(
    new AssumeRoleCommand({ RoleArn: arn, RoleSessionName: `files-${agent.id}`, DurationSeconds: ttlSeconds, Policy: JSON.stringify(policy) }),
  );
  if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration) throw new Error('STS answered AssumeRole without credentials');
  return {
    ...base,
    mode: 'sts' as const,
    expires_at: c.Expiration.toISOString(),
    credentials: { access_key_id: c.AccessKeyId, secret_access_key: c.SecretAccessKey, session_token: c.SessionToken },
  };
};

const presignedUrls = async (agent: AgentRef, access: FileAccess, ttlSeconds: number, now: Date) => {
  const base = common(agent, access);
  const listed = await listObjects(base.prefix, true, PRESIGNED_FILES);
  const files = await Promise.all(
    listed.objects
      .filter((o) => !o.key.endsWith('/'))
      .map(async (o) => {
        const path = o.key.slice(base.prefix.length);
        return {
          path,
          get_url: await presignGet(o.key, path, ttlSeconds),
          ...(access === 'write'
            ? { put_url: await presignPut(o.key, ttlSeconds), delete_url: await presignDelete(o.key, ttlSeconds) }
            : {}),
        };
      }),
  );
  return {
    ...base,
    mode: 'presigned' as const,
    expires_at: new Date(now.getTime() + ttlSeconds * 1000).toISOString(),
    presigned: { list_url: await presignList(base.prefix, ttlSeconds), files, truncated: listed.nextMarker !== undefined },
  };
};

export const grantFilesAccess = (agent: AgentRef, access: FileAccess, ttlSeconds: number, now: Date = new Date()) =>
  roleArn && sts ? assumeRole(roleArn, sts, agent, access, ttlSeconds) : presignedUrls(agent, access, ttlSeconds, now);
