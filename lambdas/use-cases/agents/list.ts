import { getAgentStatsOf } from '../../data/agent-stats';
import type { Principal } from '../../shared/principal';
import { type VisiblePage, type VisibleQuery, visibleAgents } from './list-visible';
import type { AgentWithStats } from './with-stats';

/**
 * Listing agents (`GET /api/agents`), the primary course:
 * 1. one page of the agents the caller can see (list-visible.ts);
 * 2. their statistics, one batch read for the whole page (limit ≤ 100), never one read per agent.
 */
export const listAgents = async (principal: Principal, query: VisibleQuery): Promise<VisiblePage<AgentWithStats>> => {
  const page = await visibleAgents(principal, query);
  const stats = await getAgentStatsOf(page.items.map((agent) => agent.id));
  return { ...page, items: page.items.map((agent) => ({ agent, stats: stats.get(agent.id) ?? null })) };
};
