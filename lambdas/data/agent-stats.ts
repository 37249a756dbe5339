import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { AgentStatsRecord } from '../domain/agents/stats';
import { agentStatsKey } from './keys';
import { withoutKeys } from './item';
import { ddb, tableName } from './table';

/** The aggregate item of an agent's executions (shape: `AgentStatsRecord`); absent until the first run. */
export const getAgentStats = async (agentId: string): Promise<AgentStatsRecord | null> => {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: agentStatsKey(agentId) }));
  return Item ? withoutKeys<AgentStatsRecord>(Item) : null;
};
