import { recordFeedback } from '../../data/episodes';
import { outboxPut } from '../../data/outbox';
import type { Feedback } from '../../domain/executions/model';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { executionRecordOf } from '../../use-cases/executions/find';
import { loadAgentToRun } from '../../use-cases/agents/authorize-run';
import { giveFeedback } from './routes';

export const handler = httpHandler(giveFeedback, async ({ params, body, principal }) => {
  const agent = await loadAgentToRun(principal, params.agent);
  const execution = await executionRecordOf(agent, params.execution);
  const feedback: Feedback = {
    rating: body.rating,
    outcome: body.outcome,
    comment: body.comment ?? null,
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
  return ok({ execution_id: execution.id, feedback });
});
