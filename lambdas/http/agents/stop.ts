import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { stopAgent } from '../../use-cases/agents/stop';
import * as routes from './routes';
import { agentView } from './views';

export const handler = httpHandler(routes.stopAgent, async ({ params, principal, ifMatch }) => {
  const { agent, stats } = await stopAgent(principal, params.agent, ifMatch);
  return ok({ agent: agentView(agent, stats) }, { version: agent.version });
});
