import { getAgentStats } from '../../data/agent-stats';
import type { Agent } from '../../domain/agents/model';
import type { AgentStatsRecord } from '../../domain/agents/stats';

/** An agent as its answer shows it: with its statistics aggregate (null before its first run). */
export interface AgentWithStats {
  agent: Agent;
  stats: AgentStatsRecord | null;
}

/** Read after a change commits, so the answer shows the statistics as they are then. */
export const withStats = async (agent: Agent): Promise<AgentWithStats> => ({ agent, stats: await getAgentStats(agent.id) });
