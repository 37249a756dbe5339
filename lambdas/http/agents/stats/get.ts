import { getAgentStats } from '../../../data/agent-stats';
import { summarizeStats } from '../../../domain/agents/stats';
import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { loadAgent } from '../../../use-cases/agents/authorize';
import * as routes from '../subresource-routes';
import { statsView } from '../subresource-views';

export const handler = httpHandler(routes.getAgentStats, async ({ params, principal }) => {
  const agent = await loadAgent(principal, params.agent);
  return ok({ stats: statsView(agent, summarizeStats(await getAgentStats(agent.id))) });
});
