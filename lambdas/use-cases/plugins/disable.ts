import { pluginIdOf } from '../../data/plugins';
import { disablePlugin } from '../../data/plugins-assignments';
import { getEnablement, notEnabled } from '../../data/plugins-enablement';
import { canManageWorkspace } from '../../domain/workspaces';
import type { Principal } from '../../shared/principal';
import { standingIn, requireRole } from '../workspaces/authorize';

/**
 * Disabling a plugin in a workspace, the primary course:
 * 1. the caller manages the workspace (owners and admins);
 * 2. the plugin is enabled there (404 otherwise): its enablement is read, not the plugin, which it names;
 * 3. the enablement is removed; with `force` it is also unassigned from the agents that have it (409 PLUGIN_IN_USE without).
 */
export const disableWorkspacePlugin = async (
  principal: Principal,
  workspaceId: string,
  ref: string,
  force: boolean,
): Promise<{ pluginId: string; unassignedAgentIds: string[] }> => {
  requireRole(await standingIn(principal, workspaceId), canManageWorkspace, 'disable plugins');
  const pluginId = await pluginIdOf(ref);
  const enablement = pluginId ? await getEnablement(workspaceId, pluginId, true) : null;
  if (!enablement) throw notEnabled(ref);
  const unassigned = await disablePlugin(enablement, force, principal.email || principal.user_id, new Date().toISOString());
  return { pluginId: enablement.plugin_id, unassignedAgentIds: unassigned.map((a) => a.agent_id) };
};
