import { type Assignment, getAssignment, replaceAssignment } from '../../data/plugins-assignments';
import { VersionConflict } from '../../domain/errors';
import type { Principal } from '../../shared/principal';
import { assignablePlugins } from '../plugins/check-assignable';
import { loadAgentFor } from './authorize';
import { healthOnceAssigned } from './check-health';
import { describeAssignedPlugins } from './list-assigned-plugins';

/**
 * Assigning plugins to an agent (the whole list, in priority order), the primary course:
 * 1. load the agent the caller may manage;
 * 2. the plugins must exist and be enabled in the workspace (check-assignable.ts), read beside the assignment and what
 *    the agent's health check reads of the agent itself;
 * 3. check the agent's health as it will be with them (what its plugins require changes), from the plugins just read;
 * 4. replace the assignment under `If-Match` on its version, the health in the same write.
 */
export const assignPlugins = async (
  principal: Principal,
  ref: string,
  pluginRefs: readonly string[],
  ifMatch: number | undefined,
): Promise<{ assignment: Assignment; plugins: ReturnType<typeof describeAssignedPlugins> }> => {
  const { agent } = await loadAgentFor(principal, ref, 'manage');
  const [assignable, before, healthWith] = await Promise.all([
    assignablePlugins(agent.workspace_id, pluginRefs),
    getAssignment(agent, true),
    healthOnceAssigned(agent),
  ]);
  if (ifMatch !== undefined && ifMatch !== before.version) throw new VersionConflict(before.version);
  const { pluginIds, skills } = assignable;
  const health = await healthWith(pluginIds, assignable);
  const after = await replaceAssignment(
    agent,
    before,
    { pluginIds, skills },
    principal.email || principal.user_id,
    new Date().toISOString(),
    health,
  );
  return { assignment: after, plugins: describeAssignedPlugins(pluginIds, assignable) };
};
