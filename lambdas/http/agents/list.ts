import { getAgentStatsOf } from '../../data/agent-stats';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { listData } from '../pagination';
import { listAgents } from './routes';
import { agentView } from './views';
import { visibleAgents } from '../../use-cases/agents/list-visible';

export const handler = httpHandler(listAgents, async ({ query, principal }) => {
  const { sort, order, limit, cursor, page, ...filters } = query;
  const result = await visibleAgents(principal, { sort, order, limit, cursor, page, filters });
  // One batch read for the whole page (limit ≤ 100), never one read per agent.
  const stats = await getAgentStatsOf(result.items.map((agent) => agent.id));
  const agents = result.items.map((agent) => agentView(agent, stats.get(agent.id) ?? null));
  return ok(listData('agents', agents, result));
});
