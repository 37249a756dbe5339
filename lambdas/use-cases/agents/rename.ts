import type { Agent, AgentChanges } from '../../domain/agents/model';
import { applyUpdate } from '../../domain/agents/plan';
import type { Principal } from '../../shared/principal';
import { assertNotBusy } from './assert-not-busy';
import { changeAgentWithStats } from './change';
import type { AgentWithStats } from './with-stats';

/**
 * Renaming an agent, the primary course:
 * 1. the change (change.ts) loads the agent the caller may manage with its statistics (the answer shows them);
 * 2. refuse while it has running executions (409 AGENT_BUSY);
 * 3. the new name and slug, the slug's lock moved in the same write, with `agent.renamed`.
 */
export const renameAgent = async (
  principal: Principal,
  ref: string,
  ifMatch: number | undefined,
  name: Pick<AgentChanges, 'name' | 'slug'>,
): Promise<AgentWithStats> => {
  const rename = async (current: Agent, now: string) => {
    await assertNotBusy(current);
    return applyUpdate(current, name, now);
  };
  return changeAgentWithStats(principal, ref, ifMatch, rename, 'agent.renamed');
};
