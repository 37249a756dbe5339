import type { AgentChanges } from '../../domain/agents/model';
import { applyUpdate } from '../../domain/agents/plan';
import type { Principal } from '../../shared/principal';
import { assertNotBusy } from './assert-not-busy';
import { loadAgentFor } from './authorize';
import { changeAgent } from './change';
import { type AgentWithStats, withStats } from './with-stats';

/**
 * Renaming an agent, the primary course:
 * 1. load the agent the caller may manage, and refuse while it has running executions (409 AGENT_BUSY);
 * 2. the change (change.ts): the new name and slug, the slug's lock moved in the same write, with `agent.renamed`;
 * 3. read its statistics for the answer.
 */
export const renameAgent = async (
  principal: Principal,
  ref: string,
  ifMatch: number | undefined,
  name: Pick<AgentChanges, 'name' | 'slug'>,
): Promise<AgentWithStats> => {
  await assertNotBusy((await loadAgentFor(principal, ref, 'manage')).agent);
  return withStats(await changeAgent(principal, ref, ifMatch, (current, now) => applyUpdate(current, name, now), 'agent.renamed'));
};
