import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { startAgent } from '../../use-cases/agents/start';
import * as routes from './routes';
import { agentView } from './views';

export const handler = httpHandler(routes.startAgent, async ({ params, principal, ifMatch, body, query }) => {
  const { agent, stats, credentials } = await startAgent(principal, params.agent, ifMatch, Boolean(body.force || query.force));
  return ok({ agent: agentView(agent, stats), credentials_injection: credentials }, { version: agent.version });
});
