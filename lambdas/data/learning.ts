import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { AgentStatsRecord } from '../domain/agents/stats';
import type { Episode } from '../domain/executions/episode';
import { RECENT_EPISODES } from '../domain/learning/patterns';
import type { LearningSummary } from '../domain/learning/summary';
import { batchGetItems } from './batch';
import { withoutKeys } from './item';
import { agentStatsKey, learningSummaryKey } from './keys';
import { queryPage } from './operations';
import { patternScope, patterns } from './patterns';
import { ddb, tableName } from './table';

/** The learning summary of an agent, and the episodes it is mined from. */

/** The agent's newest episodes, newest first: one query (a page may hold fewer when episodes are large). */
export const recentEpisodes = async (agentId: string): Promise<Episode[]> => {
  const { items } = await queryPage<Episode>({
    ...patternScope(patterns.episodesOf, { agent: agentId }),
    limit: RECENT_EPISODES,
    ascending: false,
  });
  return items;
};

export const getLearningSummary = async (agentId: string): Promise<LearningSummary | null> => {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: learningSummaryKey(agentId) }));
  return Item ? withoutKeys<LearningSummary>(Item) : null;
};

/** The agent's statistics aggregate and learning summary together, in one BatchGetItem; either is null until written. */
export const getStatsAndSummary = async (agentId: string): Promise<{ stats: AgentStatsRecord | null; summary: LearningSummary | null }> => {
  const items = await batchGetItems([{ ...agentStatsKey(agentId) }, { ...learningSummaryKey(agentId) }]);
  const withSortKey = <T>(sk: string) => {
    const item = items.find((i) => i.SK === sk);
    return item ? withoutKeys<T>(item) : null;
  };
  return {
    stats: withSortKey<AgentStatsRecord>(agentStatsKey(agentId).SK),
    summary: withSortKey<LearningSummary>(learningSummaryKey(agentId).SK),
  };
};

/** Last writer wins: every writer mined the newest episodes it could read, so the later one is at least as current. */
export const putLearningSummary = async (agentId: string, summary: LearningSummary): Promise<void> => {
  await ddb.send(new PutCommand({ TableName: tableName, Item: { ...learningSummaryKey(agentId), ...summary } }));
};
