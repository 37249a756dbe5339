import { AssumeRoleCommand } from '@aws-sdk/client-sts';
import type { Agent } from '../domain/agents/model';
import type { FileAccess } from '../domain/files/governance';
import type { MountTarget } from '../domain/folders/mounts';
import { fittedSessionPolicy, partitionOf } from '../domain/files/session-policy';
import { optionalEnv, requiredEnv } from '../shared/env';
import { agentFilesPrefix } from './agent-file-objects';
import { bucketName } from './bucket';
import { sts } from './clients';

/**
 * Direct access to one agent's files, for a limited time (API.md: `POST /api/agents/{agent}/access`):
 * STS credentials of the stack's agent-files role, narrowed by a session policy to the agent's
 * prefix. The local runtime serves the same STS call and holds its S3 stand-in to the same policy,
 * so the answer has one shape everywhere; `endpoint` says where to send S3 calls when it is not
 * S3's regional endpoint.
 */

/** Set by the stack on the one function that grants access (and by the local runtime). */
const roleArn = requiredEnv('AGENT_FILES_ACCESS_ROLE_ARN');

type AgentRef = Pick<Agent, 'workspace_id' | 'id'>;

/**
 * `mounts` are the folders the agent mounts now: each is reached at its publisher's prefix, for
 * writing only when it is mounted read-write and the grant is `write`; those STS cannot take are named.
 */
export const grantFilesAccess = async (agent: AgentRef, access: FileAccess, ttlSeconds: number, mounts: readonly MountTarget[] = []) => {
  const prefix = agentFilesPrefix(agent);
  const mounted = mounts.map((m) => ({
    path: m.mountedAt,
    prefix: `${agentFilesPrefix({ workspace_id: agent.workspace_id, id: m.publisherId })}${m.root}`,
    write: m.mode === 'read-write',
  }));
  const { policy, included, leftOut } = fittedSessionPolicy({
    partition: partitionOf(roleArn),
    bucket: bucketName,
    prefix,
    access,
    mounts: mounted,
  });
  const pathOf = (mountPrefix: string) => mounted.find((m) => m.prefix === mountPrefix)?.path ?? '';
  const { Credentials: c } = await sts().send(
    new AssumeRoleCommand({
      RoleArn: roleArn,
      RoleSessionName: `files-${agent.id}`,
      DurationSeconds: ttlSeconds,
      Policy: JSON.stringify(policy),
    }),
  );
  if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration)
    throw new Error('STS answered AssumeRole without credentials');
  const endpoint = optionalEnv('AWS_ENDPOINT_URL_S3') ?? null;
  return {
    mode: 'sts' as const,
    access,
    bucket: bucketName,
    prefix,
    region: optionalEnv('AWS_REGION') ?? 'us-east-1',
    endpoint,
    force_path_style: optionalEnv('S3_FORCE_PATH_STYLE') === 'true',
    expires_at: c.Expiration.toISOString(),
    credentials: { access_key_id: c.AccessKeyId, secret_access_key: c.SecretAccessKey, session_token: c.SessionToken },
    mounts: included.map((m) => ({
      path: pathOf(m.prefix),
      prefix: m.prefix,
      access: access === 'write' && m.write ? ('write' as const) : ('read' as const),
    })),
    mounts_left_out: leftOut.map((m) => ({ path: pathOf(m.prefix), reason: m.reason })),
  };
};
