import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { renameAgent } from '../../use-cases/agents/rename';
import * as routes from './routes';
import { agentView } from './views';

export const handler = httpHandler(routes.renameAgent, async ({ params, body, principal, ifMatch }) => {
  const { agent, stats } = await renameAgent(principal, params.agent, ifMatch, body);
  return ok({ agent: agentView(agent, stats) }, { version: agent.version });
});
