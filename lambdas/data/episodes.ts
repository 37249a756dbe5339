import type { Episode } from '../domain/executions/episode';
import type { Feedback } from '../domain/executions/model';
import { Conflict } from '../shared/errors';
import { episodeKey, executionKey, type Key } from './keys';
import { transact, type TransactItem } from './operations';
import { tableName } from './table';

/** Episodes: one per finished execution, written in the execution's final transaction; feedback added later. */

export const episodeItem = (episode: Episode) => ({ ...episodeKey(episode.agent_id, episode.execution_id), ...episode });

const noEpisode = (executionId: string) => () =>
  new Conflict(
    'INVALID_TRANSITION',
    `execution ${executionId} has no outcome to rate yet: feedback is taken once it has completed, failed or timed out`,
    [{ field: 'execution', issue: 'not finished' }],
  );

/**
 * Feedback on a finished run, on its episode (what learning reads) and on the execution (what GET
 * shows) together; given again, it replaces the earlier one. Without an episode: 409.
 */
export const recordFeedback = async (agentId: string, executionId: string, feedback: Feedback): Promise<void> => {
  const setFeedback = (key: Key): TransactItem => ({
    Update: {
      TableName: tableName,
      Key: key,
      UpdateExpression: 'SET feedback = :feedback',
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeValues: { ':feedback': feedback },
    },
    onConditionFail: noEpisode(executionId),
  });
  await transact([setFeedback(episodeKey(agentId, executionId)), setFeedback(executionKey(agentId, executionId))]);
};
