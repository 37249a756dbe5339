import { type AgentDetail, getAgentDetail } from '../../data/agent-detail';
import type { Agent } from '../../domain/agents/model';
import type { Principal } from '../../shared/principal';
import { loadAgent } from './authorize';

export type { AgentDetail };

/**
 * Reading one agent, the primary course:
 * 1. load the agent the caller may read;
 * 2. what its answer adds (statistics, plugin assignment, schedule count), in one batch read.
 */
export const getAgent = async (principal: Principal, ref: string): Promise<{ agent: Agent; detail: AgentDetail }> => {
  const agent = await loadAgent(principal, ref);
  return { agent, detail: await getAgentDetail(agent.id) };
};
