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
  Resource: string;
  Condition?: Record<string, Record<string, string[]>>;
}

export interface SessionScope {
  /** `aws`, `aws-cn`, `aws-us-gov`: taken from the role's ARN. */
  partition: string;
  bucket: string;
  /** `ws/<ws>/agents/<agent>/files/`. */
  prefix: string;
  access: FileAccess;
}

/** Ids are ULIDs with a type prefix: nothing in them is an IAM wildcard (`*`, `?`) or a separator. */
const AGENT_FILES_PREFIX = /^ws\/ws_[0-9A-Za-z]+\/agents\/agent_[0-9A-Za-z]+\/files\/$/;

export const sessionPolicy = ({ partition, bucket, prefix, access }: SessionScope): PolicyDocument => {
  if (!AGENT_FILES_PREFIX.test(prefix)) throw new Error(`not an agent files prefix: ${prefix}`);
  const bucketArn = `arn:${partition}:s3:::${bucket}`;
  const objects = `${bucketArn}/${prefix}*`;
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ListAgentFiles',
        Effect: 'Allow',
        Action: AGENT_FILE_LIST_ACTION,
        Resource: bucketArn,
        Condition: { StringLike: { 's3:prefix': [`${prefix}*`] } },
      },
      { Sid: 'ReadAgentFiles', Effect: 'Allow', Action: [...AGENT_FILE_READ_ACTIONS], Resource: objects },
      ...(access === 'write'
        ? [{ Sid: 'WriteAgentFiles', Effect: 'Allow' as const, Action: [...AGENT_FILE_WRITE_ACTIONS], Resource: objects }]
        : []),
    ],
  };
};

/** `arn:aws:iam::123456789012:role/name` → `aws`. */
export const partitionOf = (arn: string): string => arn.split(':')[1] || 'aws';
