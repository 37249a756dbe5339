import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { getAgent } from '../../use-cases/agents/get';
import * as routes from './routes';
import { agentDetailView } from './views';

export const handler = httpHandler(routes.getAgent, async ({ params, principal }) => {
  const { agent, detail } = await getAgent(principal, params.agent);
  return ok({ agent: agentDetailView(agent, detail, principal.user_id) }, { version: agent.version });
});
