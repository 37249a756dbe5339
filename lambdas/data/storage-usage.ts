import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { quotaExceeded, roomBefore } from '../domain/files/quota';
import { storageUsageKey } from './keys';
import type { TransactItem } from './operations';
import { ddb, tableName } from './table';

/**
 * The workspace's storage counter: bytes of agent files, moved by atomic `ADD`s of size deltas.
 * Growth carries a condition, so two writers racing for the last bytes cannot both get them;
 * shrinking never fails. A refused growth answers 403 QUOTA_EXCEEDED with the figures.
 */

const bytesOf = (item: Record<string, unknown> | undefined): number => Math.max(0, Number(item?.bytes ?? 0));

export const storageUsed = async (workspaceId: string): Promise<number> =>
  bytesOf((await ddb.send(new GetCommand({ TableName: tableName, Key: storageUsageKey(workspaceId), ProjectionExpression: 'bytes' }))).Item);

/** The counter's update for `delta` bytes, refused when it would take the workspace past `limit`. */
const storageChange = (workspaceId: string, delta: number, limit: number | null) => {
  const room = roomBefore(delta, limit);
  return {
    TableName: tableName,
    Key: storageUsageKey(workspaceId),
    UpdateExpression: 'ADD #bytes :delta',
    ExpressionAttributeNames: { '#bytes': 'bytes' },
    // A missing counter holds 0 bytes: the delta alone fits, since a delta over the whole quota never gets here.
    ...(room === null
      ? { ExpressionAttributeValues: { ':delta': delta } }
      : { ConditionExpression: 'attribute_not_exists(#bytes) OR #bytes <= :room', ExpressionAttributeValues: { ':delta': delta, ':room': room } }),
  };
};

const refusal = (delta: number, limit: number | null) => (old: Record<string, unknown> | undefined) =>
  quotaExceeded({ used: bytesOf(old), limit: limit ?? 0, requested: delta });

/** More than the whole quota never fits, whatever is used: refused without a conditional write. */
const refuseImpossible = async (workspaceId: string, delta: number, limit: number | null): Promise<void> => {
  const room = roomBefore(delta, limit);
  if (room !== null && room < 0) throw refusal(delta, limit)({ bytes: await storageUsed(workspaceId) });
};

/** The change as one item of a transaction (a presigned upload's reservation beside its record). */
export const storageChangeItem = async (workspaceId: string, delta: number, limit: number | null): Promise<TransactItem> => {
  await refuseImpossible(workspaceId, delta, limit);
  return { Update: storageChange(workspaceId, delta, limit), onConditionFail: refusal(delta, limit) };
};

/** DynamoDB hands back the old item in its wire format here, even through the document client. */
const wireNumber = (value: unknown): number =>
  typeof value === 'object' && value !== null && 'N' in value ? Number((value as { N: string }).N) : Number(value ?? 0);

export const chargeStorage = async (workspaceId: string, delta: number, limit: number | null): Promise<void> => {
  if (delta === 0) return;
  await refuseImpossible(workspaceId, delta, limit);
  try {
    await ddb.send(new UpdateCommand({ ...storageChange(workspaceId, delta, limit), ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }));
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw refusal(delta, limit)({ bytes: wireNumber(error.Item?.bytes) });
    throw error;
  }
};
