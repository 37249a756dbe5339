import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { agentFileKey, headObject } from './agent-file-objects';
import { PENDING_UPLOAD_PREFIX, agentPartition, pendingUploadKey } from './keys';
import { Conflict } from '../shared/errors';
import { transact } from './operations';
import { storageChangeItem } from './storage-usage';
import { ddb, tableName } from './table';

/**
 * Presigned uploads reach S3 without passing the API, and S3 tells the API nothing when one lands.
 * So a presigned upload reserves its bytes up front (beside a record of the reservation, in one
 * transaction) and the record is settled later: when the same path is written, deleted or
 * presigned again through the API, or — once the URL can no longer be used — when the agent's
 * files are listed. An upload that landed keeps its bytes; one that never came gives them back.
 */

interface PendingUpload {
  path: string;
  /** The size the URL signs: S3 refuses any other. */
  size: number;
  /** What the counter was moved by: the size minus the object it replaces. */
  reserved: number;
  created_at: string;
  /** After this, the URL can no longer deliver anything. */
  settle_after: string;
}

type AgentRef = { workspace_id: string; id: string };

const pathHash = (path: string): string => createHash('sha256').update(path, 'utf8').digest('hex');

/**
 * Reserves `reserved` bytes against `limit` and records why, all or nothing. The record is written only where
 * none is pending: two requests presigning the same path at once cannot both reserve while one record survives
 * (the other's bytes would never come back); the later one answers 409 and reserves nothing.
 */
export const reserveUpload = async (agent: AgentRef, upload: PendingUpload, limit: number | null): Promise<void> => {
  await transact([
    await storageChangeItem(agent.workspace_id, upload.reserved, limit),
    {
      Put: { TableName: tableName, Item: { ...pendingUploadKey(agent.id, pathHash(upload.path)), ...upload }, ConditionExpression: 'attribute_not_exists(PK)' },
      onConditionFail: () => new Conflict('CONCURRENT_MODIFICATION', `another upload URL for ${upload.path} was created while this request ran; send it again`),
    },
  ]);
};

/** S3 keeps whole seconds; an object written in the second the URL was made counts as the upload. */
const landed = (upload: PendingUpload, head: Awaited<ReturnType<typeof headObject>>): boolean =>
  head !== null && head.size === upload.size && head.modified.getTime() >= Math.floor(Date.parse(upload.created_at) / 1000) * 1000;

/** Another settlement of the same record got there first: it did the work. */
const lostRace = (error: unknown): void => {
  if (!(error instanceof ConditionalCheckFailedException || error instanceof TransactionCanceledException)) throw error;
};

const settle = async (agent: AgentRef, upload: PendingUpload): Promise<void> => {
  const key = pendingUploadKey(agent.id, pathHash(upload.path));
  // Only the settlement that removes the record moves the counter: two racing settlements cannot both refund.
  const removeRecord = { TableName: tableName, Key: key, ConditionExpression: 'attribute_exists(PK)' };
  if (landed(upload, await headObject(agentFileKey(agent, upload.path)))) {
    await ddb.send(new DeleteCommand(removeRecord)).catch(lostRace);
    return;
  }
  await transact([await storageChangeItem(agent.workspace_id, -upload.reserved, null), { Delete: removeRecord }]).catch(lostRace);
};

/** Before the API changes `path`: whatever the pending upload did so far decides what it keeps. */
export const settleUploadOf = async (agent: AgentRef, path: string): Promise<void> => {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: pendingUploadKey(agent.id, pathHash(path)) }));
  if (Item) await settle(agent, Item as PendingUpload);
};

/** The agent's reservations whose URLs have expired (one query of its partition), settled. */
export const settleExpiredUploads = async (agent: AgentRef, now: Date): Promise<void> => {
  const { Items } = await ddb.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      FilterExpression: 'settle_after <= :now',
      ExpressionAttributeValues: { ':pk': agentPartition(agent.id), ':prefix': PENDING_UPLOAD_PREFIX, ':now': now.toISOString() },
    }),
  );
  for (const item of Items ?? []) await settle(agent, item as PendingUpload);
};
