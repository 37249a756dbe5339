import { getAssignment } from '../../../data/plugins-assignments';
import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { loadAgent } from '../../../use-cases/agents/authorize';
import { listAgentPlugins } from './routes';
import { listAssignedPlugins } from '../../../use-cases/agents/list-assigned-plugins';

export const handler = httpHandler(listAgentPlugins, async ({ params, principal }) => {
  const agent = await loadAgent(principal, params.agent);
  const assignment = await getAssignment(agent);
  const plugins = await listAssignedPlugins(agent.workspace_id, assignment.plugin_ids);
  return ok({ plugins, assignment_version: assignment.version }, { version: assignment.version });
});
