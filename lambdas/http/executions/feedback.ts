import { recordFeedback } from '../../data/episodes';
import type { Feedback } from '../../domain/executions/model';
import { publish } from '../../shared/events';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { executionOf, loadAgentToRun } from './access';
import { giveFeedback } from './routes';

export const handler = httpHandler(giveFeedback, async ({ params, body, principal }) => {
  const agent = await loadAgentToRun(principal, params.agent);
  const execution = await executionOf(agent, params.execution);
  const feedback: Feedback = { rating: body.rating, outcome: body.outcome, comment: body.comment ?? null, given_by: principal.user_id, given_at: new Date().toISOString() };
  await recordFeedback(agent.id, execution.id, feedback, execution.feedback);
  await publish('execution.feedback', agent.workspace_id, { agent_id: agent.id, execution_id: execution.id, rating: feedback.rating, outcome: feedback.outcome });
  return ok({ execution_id: execution.id, feedback });
});
