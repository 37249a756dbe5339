import { recordFeedback } from '../../data/episodes';
import { executionNotFound, executionRead } from '../../data/executions';
import { outboxPut } from '../../data/outbox';
import type { Feedback } from '../../domain/executions/model';
import type { Principal } from '../../shared/principal';
import { loadAgentToRunWith } from '../agents/authorize-run';

/**
 * Rating a finished execution, the primary course:
 * 1. load the agent the caller may run (authorize-run.ts) and the execution's record, read together;
 * 2. store the feedback on its episode with its `execution.feedback` event, in one write.
 */
export const rateExecution = async (
  principal: Principal,
  ref: string,
  executionId: string,
  input: Pick<Feedback, 'rating' | 'outcome'> & { comment?: string | null },
): Promise<{ execution_id: string; feedback: Feedback }> => {
  const { agent, item: execution } = await loadAgentToRunWith(principal, ref, (agentId) => executionRead(agentId, executionId), true);
  if (!execution) throw executionNotFound(executionId);
  const feedback: Feedback = {
    rating: input.rating,
    outcome: input.outcome,
    comment: input.comment ?? null,
    given_by: principal.user_id,
    given_at: new Date().toISOString(),
  };
  const event = outboxPut('execution.feedback', agent.workspace_id, {
    agent_id: agent.id,
    execution_id: execution.id,
    rating: feedback.rating,
    outcome: feedback.outcome,
  });
  await recordFeedback(agent.id, execution.id, feedback, execution.feedback, [event]);
  return { execution_id: execution.id, feedback };
};
