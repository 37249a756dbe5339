import { BatchGetCommand, type BatchGetCommandOutput, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { AgentStatsRecord } from '../domain/agents/stats';
import { agentStatsKey } from './keys';
import { withoutKeys } from './item';
import { ddb, tableName } from './table';

/** The aggregate item of an agent's executions (shape: `AgentStatsRecord`); absent until the first run. */
export const getAgentStats = async (agentId: string): Promise<AgentStatsRecord | null> => {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: agentStatsKey(agentId) }));
  return Item ? withoutKeys<AgentStatsRecord>(Item) : null;
};

/** BatchGetItem's ceiling of keys per call; a list page (≤ 100 agents) is one call. */
const BATCH_KEYS = 100;

/** The aggregates of many agents in one batch read per 100, by agent id; agents without runs are absent. */
export const getAgentStatsOf = async (agentIds: readonly string[]): Promise<Map<string, AgentStatsRecord>> => {
  const stats = new Map<string, AgentStatsRecord>();
  const unique = [...new Set(agentIds)];
  const idOfPartition = new Map(unique.map((id) => [agentStatsKey(id).PK, id]));
  for (let i = 0; i < unique.length; i += BATCH_KEYS) {
    let keys: Record<string, unknown>[] | undefined = unique.slice(i, i + BATCH_KEYS).map((id) => ({ ...agentStatsKey(id) }));
    // BatchGet may hand back unprocessed keys under load: read them again rather than show zeros.
    while (keys && keys.length > 0) {
      const result: BatchGetCommandOutput = await ddb.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: keys } } }));
      for (const item of result.Responses?.[tableName] ?? []) {
        const id = idOfPartition.get(String(item.PK));
        if (id) stats.set(id, withoutKeys<AgentStatsRecord>(item));
      }
      keys = result.UnprocessedKeys?.[tableName]?.Keys;
    }
  }
  return stats;
};
