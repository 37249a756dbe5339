import type { FileAccess } from './governance';

/**
 * The IAM policies of direct access to an agent's files (API.md: `POST /api/agents/{agent}/access`).
 * The stack's role allows every agent's `files/` prefix; each grant passes a session policy that
 * narrows it to one agent's prefix, and to reading when that is all the grant allows. A session's
 * rights are the intersection of the two, so neither alone can reach another agent or workspace.
 */

export const AGENT_FILE_READ_ACTIONS = ['s3:GetObject'] as const;
export const AGENT_FILE_WRITE_ACTIONS = ['s3:PutObject', 's3:DeleteObject', 's3:AbortMultipartUpload'] as const;
export const AGENT_FILE_LIST_ACTION = 's3:ListBucket';

/** Every agent's files, as IAM wildcards: what the role itself may reach. */
export const ALL_AGENT_FILES = 'ws/*/agents/*/files/*';

export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: PolicyStatement[];
}

interface PolicyStatement {
  Sid: string;
  Effect: 'Allow';
  Action: string | string[];
  Resource: string | string[];
  Condition?: Record<string, Record<string, string[]>>;
}

/** A folder of another agent the grant also reaches (a mount): its prefix in that agent's files, ending in `/`. */
export interface MountedPrefix {
  prefix: string;
  write: boolean;
}

export interface SessionScope {
  /** `aws`, `aws-cn`, `aws-us-gov`: taken from the role's ARN. */
  partition: string;
  bucket: string;
  /** `ws/<ws>/agents/<agent>/files/`. */
  prefix: string;
  access: FileAccess;
  /** Mounted folders, reached as the grant's access allows and as each is mounted (read-only or read-write). */
  mounts?: readonly MountedPrefix[];
}

/** Ids are ULIDs with a type prefix: nothing in them is an IAM wildcard (`*`, `?`) or a separator. */
const AGENT_FILES_PREFIX = /^ws\/ws_[0-9A-Za-z]+\/agents\/agent_[0-9A-Za-z]+\/files\/$/;
/** A folder in an agent's files: IAM would read `*`, `?` and `${…}` in it as wildcards or variables. */
const MOUNTED_PREFIX = /^ws\/ws_[0-9A-Za-z]+\/agents\/agent_[0-9A-Za-z]+\/files\/[^*?$]+\/$/;

/** STS refuses a session policy longer than this (AssumeRole's `Policy`). */
export const SESSION_POLICY_MAX_CHARS = 2048;

export const mountFitsAPolicy = (prefix: string): boolean => MOUNTED_PREFIX.test(prefix);

export const sessionPolicy = ({ partition, bucket, prefix, access, mounts = [] }: SessionScope): PolicyDocument => {
  if (!AGENT_FILES_PREFIX.test(prefix)) throw new Error(`not an agent files prefix: ${prefix}`);
  const unfit = mounts.find((m) => !mountFitsAPolicy(m.prefix));
  if (unfit) throw new Error(`not a mountable folder prefix: ${unfit.prefix}`);
  const bucketArn = `arn:${partition}:s3:::${bucket}`;
  const objectsUnder = (p: string) => `${bucketArn}/${p}*`;
  const writable = access === 'write' ? [prefix, ...mounts.filter((m) => m.write).map((m) => m.prefix)] : [];
  const one = (values: string[]) => (values.length === 1 ? (values[0] as string) : values);
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ListAgentFiles',
        Effect: 'Allow',
        Action: AGENT_FILE_LIST_ACTION,
        Resource: bucketArn,
        Condition: { StringLike: { 's3:prefix': [prefix, ...mounts.map((m) => m.prefix)].map((p) => `${p}*`) } },
      },
      {
        Sid: 'ReadAgentFiles',
        Effect: 'Allow',
        Action: [...AGENT_FILE_READ_ACTIONS],
        Resource: one([prefix, ...mounts.map((m) => m.prefix)].map(objectsUnder)),
      },
      ...(writable.length > 0
        ? [
            {
              Sid: 'WriteAgentFiles',
              Effect: 'Allow' as const,
              Action: [...AGENT_FILE_WRITE_ACTIONS],
              Resource: one(writable.map(objectsUnder)),
            },
          ]
        : []),
    ],
  };
};

/**
 * The policy of a grant with as many of `mounts` as STS takes, in their order: those whose prefix
 * IAM would misread, and those past the policy's length limit, are left out and named.
 */
export const fittedSessionPolicy = (
  scope: SessionScope,
): { policy: PolicyDocument; included: MountedPrefix[]; leftOut: { prefix: string; reason: string }[] } => {
  const included: MountedPrefix[] = [];
  const leftOut: { prefix: string; reason: string }[] = [];
  for (const mount of scope.mounts ?? []) {
    if (!mountFitsAPolicy(mount.prefix)) {
      leftOut.push({ prefix: mount.prefix, reason: 'its path holds *, ? or $, which IAM reads as a wildcard or a variable' });
    } else if (JSON.stringify(sessionPolicy({ ...scope, mounts: [...included, mount] })).length > SESSION_POLICY_MAX_CHARS) {
      leftOut.push({ prefix: mount.prefix, reason: `the session policy would pass STS's ${SESSION_POLICY_MAX_CHARS} characters` });
    } else {
      included.push(mount);
    }
  }
  return { policy: sessionPolicy({ ...scope, mounts: included }), included, leftOut };
};

/** `arn:aws:iam::123456789012:role/name` → `aws`. */
export const partitionOf = (arn: string): string => arn.split(':')[1] || 'aws';
