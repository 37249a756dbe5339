import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { AgentStatsRecord } from '../domain/agents/stats';
import { episodesAtLevelAttribute } from '../domain/learning/aggregates';
import { batchGetItems } from './batch';
import { agentStatsKey } from './keys';
import { type ItemRead, storedItem, withoutKeys } from './item';
import type { TransactItem } from './operations';
import { ddb, tableName } from './table';

/** `ADD` of counters to the agent's statistics aggregate, as one transaction item. */
export const addToStats = (agentId: string, delta: Record<string, number>): TransactItem => {
  const entries = Object.entries(delta);
  return {
    Update: {
      TableName: tableName,
      Key: agentStatsKey(agentId),
      UpdateExpression: `ADD ${entries.map((_, i) => `#a${i} :a${i}`).join(', ')}`,
      ExpressionAttributeNames: Object.fromEntries(entries.map(([name], i) => [`#a${i}`, name])),
      ExpressionAttributeValues: Object.fromEntries(entries.map(([, value], i) => [`:a${i}`, value])),
    },
  };
};

/** A level change starts the new level's episode count again (domain/learning/aggregates.ts), as one transaction item. */
export const resetEpisodesAtLevel = (agentId: string, level: string): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: agentStatsKey(agentId),
    UpdateExpression: 'SET #episodes = :zero',
    ExpressionAttributeNames: { '#episodes': episodesAtLevelAttribute(level) },
    ExpressionAttributeValues: { ':zero': 0 },
  },
});

/** An agent's statistics aggregate, to read beside the agent. */
export const agentStatsRead = (agentId: string): ItemRead<AgentStatsRecord> => storedItem<AgentStatsRecord>(agentStatsKey(agentId));

/** The aggregate item of an agent's executions (shape: `AgentStatsRecord`); absent until the first run. */
export const getAgentStats = async (agentId: string): Promise<AgentStatsRecord | null> => {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: agentStatsKey(agentId) }));
  return Item ? withoutKeys<AgentStatsRecord>(Item) : null;
};

/** The aggregates of many agents by agent id; agents without runs are absent. */
export const getAgentStatsOf = async (agentIds: readonly string[]): Promise<Map<string, AgentStatsRecord>> => {
  const unique = [...new Set(agentIds)];
  const idOfPartition = new Map(unique.map((id) => [agentStatsKey(id).PK, id]));
  const stats = new Map<string, AgentStatsRecord>();
  for (const item of await batchGetItems(unique.map((id) => ({ ...agentStatsKey(id) })))) {
    const id = idOfPartition.get(String(item.PK));
    if (id) stats.set(id, withoutKeys<AgentStatsRecord>(item));
  }
  return stats;
};
