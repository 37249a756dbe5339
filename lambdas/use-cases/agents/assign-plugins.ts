import { type Assignment, getAssignment, replaceAssignment } from '../../data/plugins-assignments';
import { VersionConflict } from '../../domain/errors';
import type { Principal } from '../../shared/principal';
import { assignablePlugins } from '../plugins/check-assignable';
import { loadAgentFor } from './authorize';
import { healthOnceAssigned } from './check-health';
import { listAssignedPlugins } from './list-assigned-plugins';

/**
 * Assigning plugins to an agent (the whole list, in priority order), the primary course:
 * 1. load the agent the caller may manage;
 * 2. the plugins must exist and be enabled in the workspace (check-assignable.ts);
 * 3. check the agent's health as it will be with them (what its plugins require changes), beside reading the plugins
 *    for the answer;
 * 4. replace the assignment under `If-Match` on its version, the health in the same write.
 */
export const assignPlugins = async (
  principal: Principal,
  ref: string,
  pluginRefs: readonly string[],
  ifMatch: number | undefined,
): Promise<{ assignment: Assignment; plugins: Awaited<ReturnType<typeof listAssignedPlugins>> }> => {
  const { agent } = await loadAgentFor(principal, ref, 'manage');
  const [{ pluginIds, skills }, before] = await Promise.all([
    assignablePlugins(agent.workspace_id, pluginRefs),
    getAssignment(agent, true),
  ]);
  if (ifMatch !== undefined && ifMatch !== before.version) throw new VersionConflict(before.version);
  // The answer's plugin details are read beside what the health check reads.
  const [health, plugins] = await Promise.all([healthOnceAssigned(agent, pluginIds), listAssignedPlugins(agent.workspace_id, pluginIds)]);
  const after = await replaceAssignment(
    agent,
    before,
    { pluginIds, skills },
    principal.email || principal.user_id,
    new Date().toISOString(),
    health,
  );
  return { assignment: after, plugins };
};
