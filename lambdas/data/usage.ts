import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { usageKey } from './keys';
import { ddb, tableName } from './table';

/**
 * Per-workspace request counters: one item per UTC day holding the day's total and one counter
 * per minute, so counting a request is a single atomic `ADD`. Items expire after three days.
 */

export interface RequestCounts {
  day: number;
  minute: number;
}

const dayOf = (now: Date) => now.toISOString().slice(0, 10);
const minuteAttribute = (now: Date) => `m${now.toISOString().slice(11, 16).replace(':', '')}`;
const RETENTION_SECONDS = 3 * 24 * 60 * 60;

export const countRequest = async (workspaceId: string, now: Date): Promise<RequestCounts> => {
  const minute = minuteAttribute(now);
  const result = await ddb.send(
    new UpdateCommand({
      TableName: tableName,
      Key: usageKey(workspaceId, dayOf(now)),
      UpdateExpression: 'ADD requests :one, #minute :one SET expires_at = if_not_exists(expires_at, :expires)',
      ExpressionAttributeNames: { '#minute': minute },
      ExpressionAttributeValues: { ':one': 1, ':expires': Math.floor(now.getTime() / 1000) + RETENTION_SECONDS },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return { day: Number(result.Attributes?.requests ?? 0), minute: Number(result.Attributes?.[minute] ?? 0) };
};
