import { getAssignment, replaceAssignment } from '../../data/plugins-assignments';
import { VersionConflict } from '../../shared/errors';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadAgentFor } from '../../use-cases/agents/authorize';
import { assignAgentPlugins } from './plugin-routes';
import { assignablePlugins } from '../../use-cases/plugins/check-assignable';
import { assignedPluginViews } from './plugins-view';
import { recheckHealth } from '../../use-cases/agents/check-health';

export const handler = httpHandler(assignAgentPlugins, async ({ params, body, principal, ifMatch }) => {
  const { agent } = await loadAgentFor(principal, params.agent, 'manage');
  const { pluginIds, skills } = await assignablePlugins(agent.workspace_id, body.plugin_ids);
  const before = await getAssignment(agent, true);
  if (ifMatch !== undefined && ifMatch !== before.version) throw new VersionConflict(before.version);
  const after = await replaceAssignment(
    agent,
    before,
    { pluginIds, skills },
    principal.email || principal.user_id,
    new Date().toISOString(),
  );
  const [plugins] = await Promise.all([assignedPluginViews(agent.workspace_id, after.plugin_ids), recheckHealth(agent)]);
  return ok({ plugins, assignment_version: after.version }, { version: after.version });
});
