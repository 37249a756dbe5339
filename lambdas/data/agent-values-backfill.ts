import { DeleteCommand, PutCommand, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Agent } from '../domain/agents/model';
import { agentValueEntry, agentValues, countedValues } from './agent-values';
import { batchWriteItems } from './batch';
import { withoutKeys } from './item';
import { AGENT_VALUE_COUNT_SHARDS, agentKey, agentValueCountKey, agentValueCountShardKey, workspacePartition } from './keys';
import { patternQuery, patterns } from './patterns';
import { ddb, tableName } from './table';

/**
 * The filter value entries and counters (agent-values.ts) of agents written before lists read them
 * (scripts/backfill-agent-values.ts runs it over a whole table). Entries are put whole and each
 * counter shard replaced by the counts found, so running it again changes nothing.
 */

/** One workspace's agents by its partition, or every agent of the table by a scan. */
const agentPages = async function* (workspaceId?: string): AsyncGenerator<Agent[]> {
  let start: Record<string, unknown> | undefined;
  do {
    const page = await ddb.send(
      workspaceId
        ? new QueryCommand(patternQuery(patterns.workspaceAgents, { ws: workspaceId }, { ExclusiveStartKey: start }))
        : new ScanCommand({
            TableName: tableName,
            FilterExpression: 'begins_with(PK, :ws) AND begins_with(SK, :agent)',
            ExpressionAttributeValues: { ':ws': workspacePartition(''), ':agent': agentKey('', '').SK },
            ExclusiveStartKey: start,
          }),
    );
    yield (page.Items ?? []).map((item) => withoutKeys<Agent>(item));
    start = page.LastEvaluatedKey;
  } while (start);
};

/** Every workspace's agents, or one workspace's; answers how many agents and workspaces it indexed. */
export const backfillAgentValues = async (workspaceId?: string): Promise<{ agents: number; workspaces: number }> => {
  const shards = new Map<string, Record<string, unknown>>();
  const workspaces = new Set<string>();
  let agents = 0;
  for await (const page of agentPages(workspaceId)) {
    await batchWriteItems(
      page.flatMap((agent) => agentValues(agent).map((value) => ({ PutRequest: { Item: agentValueEntry(agent, value) } }))),
    );
    for (const agent of page) {
      workspaces.add(agent.workspace_id);
      for (const value of countedValues(agent)) {
        const key = agentValueCountKey(agent.workspace_id, value);
        const shard = shards.get(`${key.PK}|${key.SK}`) ?? { ...key };
        shard[value] = Number(shard[value] ?? 0) + 1;
        shards.set(`${key.PK}|${key.SK}`, shard);
      }
    }
    agents += page.length;
  }
  for (const ws of workspaces) {
    for (let shard = 0; shard < AGENT_VALUE_COUNT_SHARDS; shard += 1) {
      const key = agentValueCountShardKey(ws, shard);
      const Item = shards.get(`${key.PK}|${key.SK}`);
      // A shard with no value found holds only counts gone stale: it goes.
      if (Item) await ddb.send(new PutCommand({ TableName: tableName, Item }));
      else await ddb.send(new DeleteCommand({ TableName: tableName, Key: key }));
    }
  }
  return { agents, workspaces: workspaces.size };
};
