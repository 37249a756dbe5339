import type { Agent } from '../../domain/agents/model';
import type { AgentStatsRecord } from '../../domain/agents/stats';

/** An agent as its answer shows it: with its statistics aggregate (null before its first run). */
export interface AgentWithStats {
  agent: Agent;
  stats: AgentStatsRecord | null;
}
