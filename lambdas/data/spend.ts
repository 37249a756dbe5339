import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { spendKey } from './keys';
import { updateIf } from './operations';
import { ddb, tableName } from './table';

/**
 * The workspace's spend this month, one counter of micro-dollars per month. A model turn reserves
 * its most expensive outcome with a conditional `ADD` (refused when the budget has no room), then
 * settles the difference to its real cost with a plain `ADD`.
 */

const RETENTION_SECONDS = 400 * 24 * 60 * 60;

export const spentMicroUsd = async (workspaceId: string, month: string): Promise<number> => {
  const { Item } = await ddb.send(
    new GetCommand({ TableName: tableName, Key: spendKey(workspaceId, month), ProjectionExpression: 'spent', ConsistentRead: true }),
  );
  return Number(Item?.spent ?? 0);
};

/** Adds `amount` while the counter stays within `budget` (and below it before); false when refused. `budget` null: unlimited. */
export const reserveSpend = async (workspaceId: string, month: string, amount: number, budget: number | null): Promise<boolean> => {
  if (budget !== null && (budget <= 0 || amount > budget)) return false;
  return updateIf({
    Key: spendKey(workspaceId, month),
    UpdateExpression: 'ADD spent :amount SET expires_at = if_not_exists(expires_at, :expires)',
    ...(budget !== null ? { ConditionExpression: 'attribute_not_exists(spent) OR (spent < :budget AND spent <= :ceiling)' } : {}),
    ExpressionAttributeValues: {
      ':amount': amount,
      ':expires': Math.floor(Date.now() / 1000) + RETENTION_SECONDS,
      ...(budget !== null ? { ':budget': budget, ':ceiling': budget - amount } : {}),
    },
  });
};

/** Moves the counter by `delta` (a refund when negative), whatever the budget: the turn already happened. */
export const adjustSpend = async (workspaceId: string, month: string, delta: number): Promise<void> => {
  if (delta === 0) return;
  await ddb.send(
    new UpdateCommand({
      TableName: tableName,
      Key: spendKey(workspaceId, month),
      UpdateExpression: 'ADD spent :delta',
      ExpressionAttributeValues: { ':delta': delta },
    }),
  );
};
