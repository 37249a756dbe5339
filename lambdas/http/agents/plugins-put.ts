import { getAssignment, replaceAssignment } from '../../data/plugins-assignments';
import { assignmentChanges } from '../../domain/plugins/assignment';
import { VersionConflict } from '../../shared/errors';
import { publish } from '../../shared/events';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadAgentFor } from './access';
import { assignAgentPlugins } from './plugin-routes';
import { assignablePluginIds } from './plugins-assignable';
import { assignedPluginViews } from './plugins-view';

export const handler = httpHandler(assignAgentPlugins, async ({ params, body, principal, ifMatch }) => {
  const { agent } = await loadAgentFor(principal, params.agent, 'manage');
  const pluginIds = await assignablePluginIds(agent.workspace_id, body.plugin_ids);
  const before = await getAssignment(agent, true);
  if (ifMatch !== undefined && ifMatch !== before.version) throw new VersionConflict(before.version);
  const after = await replaceAssignment(agent, before, pluginIds, principal.email || principal.user_id, new Date().toISOString());
  await publish('plugin.assigned', agent.workspace_id, { agent_id: agent.id, plugin_ids: after.plugin_ids, ...assignmentChanges(before.plugin_ids, after.plugin_ids) });
  const plugins = await assignedPluginViews(agent.workspace_id, after.plugin_ids);
  return ok({ plugins, assignment_version: after.version }, { version: after.version });
});
