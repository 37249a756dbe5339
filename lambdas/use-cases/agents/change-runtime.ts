import { agentStatsRead } from '../../data/agent-stats';
import { saveRuntimeChange } from '../../data/agents';
import type { Agent } from '../../domain/agents/model';
import { VersionConflict } from '../../domain/errors';
import type { Principal } from '../../shared/principal';
import { loadAgentWith } from './authorize';
import type { AgentWithStats } from './with-stats';
import { changeEvent } from './change';

/**
 * The change a start or a stop makes, the primary course:
 * 1. load the agent the caller may manage with its statistics (the answer shows them), and check `If-Match`;
 * 2. move its runtime state (domain/agents/lifecycle.ts); its name, model, integrations and oversight stay, so
 *    none of what change.ts checks again for them (the name's lock, the model allow-list, oversight rights) applies;
 * 3. save under a version condition, its event and log line in the same transaction.
 */
export const changeRuntime = async (
  principal: Principal,
  ref: string,
  ifMatch: number | undefined,
  /** May read what it needs first (a start's health check). */
  move: (agent: Agent, now: string) => Agent | Promise<Agent>,
  event: 'agent.started' | 'agent.stopped',
): Promise<AgentWithStats> => {
  const { agent: before, item: stats } = await loadAgentWith(principal, ref, 'manage', agentStatsRead);
  if (ifMatch !== undefined && ifMatch !== before.version) throw new VersionConflict(before.version);
  const after = await move(before, new Date().toISOString());
  await saveRuntimeChange(before, after, before.version, changeEvent(principal, before, after, event));
  return { agent: after, stats };
};
