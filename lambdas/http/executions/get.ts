import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadAgent } from '../../use-cases/agents/authorize';
import { executionOf } from '../../use-cases/executions/find';
import { getExecution } from './routes';
import { executionView } from './views';

export const handler = httpHandler(getExecution, async ({ params, principal }) => {
  const agent = await loadAgent(principal, params.agent);
  return ok(executionView(await executionOf(agent, params.execution)));
});
