import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { assignPlugins } from '../../use-cases/agents/assign-plugins';
import * as routes from './plugin-routes';
import { assignedPluginViews } from './plugins-view';

export const handler = httpHandler(routes.assignAgentPlugins, async ({ params, body, principal, ifMatch }) => {
  const assignment = await assignPlugins(principal, params.agent, body.plugin_ids, ifMatch);
  const plugins = await assignedPluginViews(assignment.workspace_id, assignment.plugin_ids);
  return ok({ plugins, assignment_version: assignment.version }, { version: assignment.version });
});
