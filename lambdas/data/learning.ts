import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Episode } from '../domain/executions/episode';
import { RECENT_EPISODES } from '../domain/learning/patterns';
import type { LearningSummary } from '../domain/learning/summary';
import { withoutKeys } from './item';
import { agentPartition, EPISODE_PREFIX, learningSummaryKey } from './keys';
import { queryPage } from './operations';
import { ddb, tableName } from './table';

/** The learning summary of an agent, and the episodes it is mined from. */

/** The agent's newest episodes, newest first: one query (a page may hold fewer when episodes are large). */
export const recentEpisodes = async (agentId: string): Promise<Episode[]> => {
  const { items } = await queryPage<Episode>({ partition: agentPartition(agentId), sortPrefix: EPISODE_PREFIX, limit: RECENT_EPISODES, ascending: false });
  return items;
};

export const getLearningSummary = async (agentId: string): Promise<LearningSummary | null> => {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: learningSummaryKey(agentId) }));
  return Item ? withoutKeys<LearningSummary>(Item) : null;
};

/** Last writer wins: every writer mined the newest episodes it could read, so the later one is at least as current. */
export const putLearningSummary = async (agentId: string, summary: LearningSummary): Promise<void> => {
  await ddb.send(new PutCommand({ TableName: tableName, Item: { ...learningSummaryKey(agentId), ...summary } }));
};
