import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { agentCountKey } from './keys';
import { ddb, tableName } from './table';

/**
 * Agents counted against the tier (the system agent is not), kept in one counter item
 * moved in the same transactions as creates and deletes.
 */
export const countAgents = async (workspaceId: string): Promise<number> => {
  const { Item } = await ddb.send(
    new GetCommand({ TableName: tableName, Key: agentCountKey(workspaceId), ProjectionExpression: 'agents' }),
  );
  return Number(Item?.agents ?? 0);
};
