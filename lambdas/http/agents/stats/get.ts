import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { agentStats } from '../../../use-cases/agents/get-stats';
import * as routes from '../subresource-routes';
import { statsView } from '../subresource-views';

export const handler = httpHandler(routes.getAgentStats, async ({ params, principal }) => {
  const { agent, stats } = await agentStats(principal, params.agent);
  return ok({ stats: statsView(agent, stats) });
});
