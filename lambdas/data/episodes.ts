import type { Episode } from '../domain/executions/episode';
import type { Feedback } from '../domain/executions/model';
import { feedbackDelta } from '../domain/learning/aggregates';
import { Conflict } from '../domain/errors';
import { addToStats } from './agent-stats';
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
 * shows) together, with the agent's feedback counters; given again, it replaces the earlier one and
 * the counters take the difference. The execution's feedback must still be the one the caller read
 * (`before`), so two ratings at once never count twice. Without an episode: 409.
 */
/** `also`: the feedback's event, committed with it. */
export const recordFeedback = async (
  agentId: string,
  executionId: string,
  feedback: Feedback,
  before: Feedback | null,
  also: readonly TransactItem[],
): Promise<void> => {
  const setFeedback = (key: Key, condition: string, values: Record<string, unknown> = {}): TransactItem => ({
    Update: {
      TableName: tableName,
      Key: key,
      UpdateExpression: 'SET feedback = :feedback',
      ConditionExpression: condition,
      ExpressionAttributeValues: { ':feedback': feedback, ...values },
    },
    onConditionFail: (existing) =>
      existing
        ? new Conflict('INVALID_TRANSITION', `the feedback on execution ${executionId} changed meanwhile; read it again and retry`)
        : noEpisode(executionId)(),
  });
  const unchanged = before
    ? setFeedback(executionKey(agentId, executionId), 'feedback.given_at = :before', { ':before': before.given_at })
    : setFeedback(
        executionKey(agentId, executionId),
        'attribute_exists(PK) AND (attribute_not_exists(feedback) OR attribute_type(feedback, :null))',
        { ':null': 'NULL' },
      );
  await transact([
    setFeedback(episodeKey(agentId, executionId), 'attribute_exists(PK)'),
    unchanged,
    addToStats(agentId, feedbackDelta(before, feedback)),
    ...also,
  ]);
};
