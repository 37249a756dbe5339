import { type Assignment, getAssignment, replaceAssignment } from '../../data/plugins-assignments';
import { VersionConflict } from '../../domain/errors';
import type { Principal } from '../../shared/principal';
import { assignablePlugins } from '../plugins/check-assignable';
import { loadAgentFor } from './authorize';
import { recheckHealth } from './check-health';

/**
 * Assigning plugins to an agent (the whole list, in priority order), the primary course:
 * 1. load the agent the caller may manage;
 * 2. the plugins must exist and be enabled in the workspace (check-assignable.ts);
 * 3. replace the assignment under `If-Match` on its version;
 * 4. check the agent's health again: what its plugins require changed.
 */
export const assignPlugins = async (
  principal: Principal,
  ref: string,
  pluginRefs: readonly string[],
  ifMatch: number | undefined,
): Promise<Assignment> => {
  const { agent } = await loadAgentFor(principal, ref, 'manage');
  const { pluginIds, skills } = await assignablePlugins(agent.workspace_id, pluginRefs);
  const before = await getAssignment(agent, true);
  if (ifMatch !== undefined && ifMatch !== before.version) throw new VersionConflict(before.version);
  const after = await replaceAssignment(
    agent,
    before,
    { pluginIds, skills },
    principal.email || principal.user_id,
    new Date().toISOString(),
  );
  await recheckHealth(agent);
  return after;
};
