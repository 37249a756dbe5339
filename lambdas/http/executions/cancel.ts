import { cancelRun } from '../../use-cases/executions/control';
import { stopRun } from '../../executions/state-machine';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { executionOf } from '../../use-cases/executions/find';
import { loadAgentToRun } from '../../use-cases/agents/authorize-run';
import { cancelExecution } from './routes';
import { executionView } from './views';

export const handler = httpHandler(cancelExecution, async ({ params, principal }) => {
  const agent = await loadAgentToRun(principal, params.agent);
  const execution = await executionOf(agent, params.execution);
  return ok(executionView(await cancelRun(execution, principal.user_id, stopRun)));
});
