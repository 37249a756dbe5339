import { findPlugin } from '../../data/plugins';
import { disablePlugin } from '../../data/plugins-assignments';
import { getEnablement, notEnabled } from '../../data/plugins-enablement';
import { canManageWorkspace } from '../../domain/workspaces';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { accessWorkspace, requireRole } from '../../use-cases/workspaces/authorize';
import { disableWorkspacePlugin } from './workspace-routes';

export const handler = httpHandler(disableWorkspacePlugin, async ({ params, query, principal }) => {
  requireRole(await accessWorkspace(principal, params.ws), canManageWorkspace, 'disable plugins');
  const plugin = await findPlugin(params.plugin);
  const enablement = plugin ? await getEnablement(params.ws, plugin.id, true) : null;
  if (!plugin || !enablement) throw notEnabled(params.plugin);
  const unassigned = await disablePlugin(enablement, query.force, principal.email || principal.user_id, new Date().toISOString());
  return ok({ deleted: true, plugin_id: plugin.id, unassigned_agents: unassigned.map((a) => a.agent_id) });
});
