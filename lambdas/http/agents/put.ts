import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { updateAgent } from '../../use-cases/agents/update';
import * as routes from './routes';
import { agentView } from './views';

export const handler = httpHandler(routes.putAgent, async ({ params, body, principal, ifMatch }) => {
  const { agent, stats } = await updateAgent(principal, params.agent, ifMatch, body);
  return ok({ agent: agentView(agent, stats) }, { version: agent.version });
});
