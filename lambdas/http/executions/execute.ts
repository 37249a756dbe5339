import { httpHandler } from '../../shared/http';
import { accepted } from '../../shared/reply';
import { runAgent } from '../../use-cases/executions/run';
import { waitForEnd } from '../../use-cases/executions/wait-for-end';
import * as routes from './routes';
import { acceptedView, syncAnswer } from './views';

export const handler = httpHandler(routes.executeAgent, async ({ params, body, principal }) => {
  const execution = await runAgent(principal, params.agent, body);
  if (body.mode === 'async') return accepted(acceptedView(execution));
  return syncAnswer(await waitForEnd(execution, body.wait_seconds * 1000));
});
