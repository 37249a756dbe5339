import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { deleteAgent } from '../../use-cases/agents/delete';
import * as routes from './routes';

export const handler = httpHandler(routes.deleteAgent, async ({ params, principal }) => {
  const agent = await deleteAgent(principal, params.agent);
  return ok({ deleted: true, agent_id: agent.id, message: `Agent ${agent.slug} deleted` });
});
