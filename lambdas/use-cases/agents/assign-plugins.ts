import { type Assignment, getAssignment, replaceAssignment } from '../../data/plugins-assignments';
import { VersionConflict } from '../../domain/errors';
import type { Principal } from '../../shared/principal';
import { assignablePlugins } from '../plugins/check-assignable';
import { loadAgentFor } from './authorize';
import { recheckHealth } from './check-health';
import { listAssignedPlugins } from './list-assigned-plugins';

/**
 * Assigning plugins to an agent (the whole list, in priority order), the primary course:
 * 1. load the agent the caller may manage;
 * 2. the plugins must exist and be enabled in the workspace (check-assignable.ts);
 * 3. replace the assignment under `If-Match` on its version;
 * 4. check the agent's health again (what its plugins require changed), beside reading the plugins for the answer.
 */
export const assignPlugins = async (
  principal: Principal,
  ref: string,
  pluginRefs: readonly string[],
  ifMatch: number | undefined,
): Promise<{ assignment: Assignment; plugins: Awaited<ReturnType<typeof listAssignedPlugins>> }> => {
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
  // The answer's plugin details are read beside the health check, not after it.
  const [plugins] = await Promise.all([listAssignedPlugins(agent.workspace_id, after.plugin_ids), recheckHealth(agent)]);
  return { assignment: after, plugins };
};
