import { recentAgentLogs } from '../../data/agent-logs';
import type { AgentLogLine } from '../../domain/agents/log-lines';
import type { Principal } from '../../shared/principal';
import { loadAgent } from './authorize';

/**
 * An agent's recent log lines, the primary course:
 * 1. load the agent the caller may read;
 * 2. its last `tail` lines, oldest first (as `tail` prints them).
 */
export const recentLogs = async (principal: Principal, ref: string, tail: number): Promise<AgentLogLine[]> => {
  const agent = await loadAgent(principal, ref);
  return recentAgentLogs(agent.id, tail);
};
