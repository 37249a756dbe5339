import { getAgentStats } from '../../data/agent-stats';
import type { Agent } from '../../domain/agents/model';
import { type AgentStats, summarizeStats } from '../../domain/agents/stats';
import type { Principal } from '../../shared/principal';
import { loadAgent } from './authorize';

/**
 * An agent's statistics, the primary course:
 * 1. load the agent the caller may read;
 * 2. its statistics aggregate, summarized (domain/agents/stats.ts).
 */
export const agentStats = async (principal: Principal, ref: string): Promise<{ agent: Agent; stats: AgentStats }> => {
  const agent = await loadAgent(principal, ref);
  return { agent, stats: summarizeStats(await getAgentStats(agent.id)) };
};
