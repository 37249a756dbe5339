import { getAgentStats as readAgentStats } from '../../data/agent-stats';
import { summarizeStats } from '../../domain/agents/stats';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadAgent } from '../../use-cases/agents/authorize';
import { getAgentStats } from './subresource-routes';
import { statsView } from './subresource-views';

export const handler = httpHandler(getAgentStats, async ({ params, principal }) => {
  const agent = await loadAgent(principal, params.agent);
  return ok({ stats: statsView(agent, summarizeStats(await readAgentStats(agent.id))) });
});
