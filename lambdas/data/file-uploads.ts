import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { ObjectHead } from './agent-file-objects';
import { pendingUploadKey } from './keys';
import { Conflict } from '../domain/errors';
import type { TransactItem } from './operations';
import { commitStorageChange } from './storage-usage';
import { patternQuery, patterns } from './patterns';
import { ddb, tableName } from './table';

/**
 * Presigned uploads reach S3 without passing the API. So a presigned upload reserves its bytes up
 * front (beside a record of the reservation, in one transaction) and the record is settled later:
 * when the upload lands (the bucket's notification, see file-accounting.ts), when the same path is
 * written, deleted or presigned again through the API, or — once the URL can no longer be used —
 * when the agent's files are listed. An upload that landed keeps its bytes; one that never came gives them back.
 */

export interface PendingUpload {
  path: string;
  /** The size the URL signs: S3 refuses any other. */
  size: number;
  /** What the counter was moved by: the size minus the stored size of the file it replaces. */
  reserved: number;
  created_at: string;
  /** After this, the URL can no longer deliver anything. */
  settle_after: string;
}

export type AgentRef = { workspace_id: string; id: string };

export const pathHash = (path: string): string => createHash('sha256').update(path, 'utf8').digest('hex');

/**
 * Reserves `reserved` bytes against `limit` and records why, all or nothing. The record is written only where
 * none is pending: two requests presigning the same path at once cannot both reserve while one record survives
 * (the other's bytes would never come back); the later one answers 409 and reserves nothing.
 */
export const reserveUpload = async (agent: AgentRef, upload: PendingUpload, limit: number | null): Promise<void> => {
  await commitStorageChange(agent.workspace_id, upload.reserved, limit, [
    {
      Put: {
        TableName: tableName,
        Item: { ...pendingUploadKey(agent.id, pathHash(upload.path)), ...upload },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
      onConditionFail: () =>
        new Conflict('CONCURRENT_MODIFICATION', `another upload URL for ${upload.path} was created while this request ran; send it again`),
    },
  ]);
};

/** S3 keeps whole seconds; an object written in the second the URL was made counts as the upload. */
export const landed = (upload: PendingUpload, head: ObjectHead | null): boolean =>
  head !== null && head.size === upload.size && head.modified.getTime() >= Math.floor(Date.parse(upload.created_at) / 1000) * 1000;

export const pendingUploadOf = async (agent: AgentRef, path: string): Promise<PendingUpload | null> => {
  const { Item } = await ddb.send(
    new GetCommand({ TableName: tableName, Key: pendingUploadKey(agent.id, pathHash(path)), ConsistentRead: true }),
  );
  return (Item as PendingUpload | undefined) ?? null;
};

/** Only the settlement that removes the record moves the counter: two racing settlements cannot both count. */
export const removePendingUpload = (agent: AgentRef, path: string): TransactItem => ({
  Delete: { TableName: tableName, Key: pendingUploadKey(agent.id, pathHash(path)), ConditionExpression: 'attribute_exists(PK)' },
  onConditionFail: () => new Conflict('CONCURRENT_MODIFICATION', `the upload to ${path} was settled while this request ran; send it again`),
});

/** Another settlement of the same record got there first: it did the work. */
const lostRace = (error: unknown): void => {
  if (
    !(
      error instanceof ConditionalCheckFailedException ||
      error instanceof TransactionCanceledException ||
      (error instanceof Conflict && error.code === 'CONCURRENT_MODIFICATION')
    )
  ) {
    throw error;
  }
};

/** An upload that never came: its bytes go back. */
export const releaseUpload = async (agent: AgentRef, upload: PendingUpload): Promise<void> => {
  await commitStorageChange(agent.workspace_id, -upload.reserved, null, [removePendingUpload(agent, upload.path)]).catch(lostRace);
};

/** The agent's reservations whose URLs have expired (one query of its partition). */
export const expiredUploads = async (agent: AgentRef, now: Date): Promise<PendingUpload[]> => {
  const { Items } = await ddb.send(
    new QueryCommand(
      patternQuery(
        patterns.pendingUploadsOf,
        { agent: agent.id },
        { FilterExpression: 'settle_after <= :now', ExpressionAttributeValues: { ':now': now.toISOString() } },
      ),
    ),
  );
  return (Items ?? []) as PendingUpload[];
};
