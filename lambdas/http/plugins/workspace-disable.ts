import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { disableWorkspacePlugin } from '../../use-cases/plugins/disable';
import * as routes from './workspace-routes';

export const handler = httpHandler(routes.disableWorkspacePlugin, async ({ params, query, principal }) => {
  const { pluginId, unassignedAgentIds } = await disableWorkspacePlugin(principal, params.ws, params.plugin, query.force);
  return ok({ deleted: true, plugin_id: pluginId, unassigned_agents: unassignedAgentIds });
});
