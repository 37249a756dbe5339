import { type Assignment, getAssignment } from '../../data/plugins-assignments';
import type { Principal } from '../../shared/principal';
import { loadAgent } from './authorize';
import { listAssignedPlugins } from './list-assigned-plugins';

/**
 * An agent's plugins, the primary course:
 * 1. load the agent the caller may read;
 * 2. its plugin assignment (ids in priority order, and its version);
 * 3. those plugins as the API shows them (list-assigned-plugins.ts).
 */
export const listPlugins = async (
  principal: Principal,
  ref: string,
): Promise<{ assignment: Assignment; plugins: Awaited<ReturnType<typeof listAssignedPlugins>> }> => {
  const agent = await loadAgent(principal, ref);
  const assignment = await getAssignment(agent);
  return { assignment, plugins: await listAssignedPlugins(agent.workspace_id, assignment.plugin_ids) };
};
