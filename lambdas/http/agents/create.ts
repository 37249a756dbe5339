import { agentEvent } from '../../data/agent-events';
import { getAgentTemplate } from '../../data/agent-templates';
import { createAgent as storeAgent } from '../../data/agents';
import { firstAssignmentWrites } from '../../data/plugins-assignments';
import { assertPersonaExists } from '../../data/references';
import { getWorkspace } from '../../data/workspaces';
import { assertMayWidenOversight } from '../../domain/agents/governance-rights';
import { newAgent } from '../../domain/agents/plan';
import { isBuiltInTemplate, resolveTemplate } from '../../domain/agents/templates';
import { newId } from '../../domain/ids';
import { integrationDefaultsOf } from '../../domain/integrations';
import { assertModelAllowed } from '../../domain/model-access';
import { tierLimits } from '../../domain/tiers';
import { NotFound } from '../../shared/errors';
import { httpHandler } from '../../shared/http';
import { countMetric } from '../../shared/observability';
import { modelAllowList } from '../../shared/model-allow-list';
import { newAgentModel, newAgentParameters } from '../../shared/model-defaults';
import { created } from '../../shared/reply';
import { currentWorkspace } from '../../shared/principal';
import { avatarUrlFor, checkAvatar } from './avatar-source';
import { assignablePlugins } from './plugins-assignable';
import { createAgent } from './routes';
import { agentView } from './views';

/** A template not built in is the workspace's own: read only then (built-in names are reserved). */
const workspaceTemplateNamed = async (workspaceId: string, name: string | null | undefined) =>
  name === null || name === undefined || isBuiltInTemplate(name) ? null : getAgentTemplate(workspaceId, name);

export const handler = httpHandler(createAgent, async ({ body: { changes: body, avatar: sentAvatar }, principal }) => {
  const avatar = checkAvatar(sentAvatar);
  const workspaceId = currentWorkspace(principal);
  const [workspace, ownTemplate] = await Promise.all([getWorkspace(workspaceId), workspaceTemplateNamed(workspaceId, body.template)]);
  if (!workspace) throw new NotFound('the current workspace no longer exists', 'workspace');
  const template = resolveTemplate(body.template, ownTemplate);
  await assertPersonaExists(workspace.id, body.persona_id);
  // The template's plugins are checked before anything is written, and assigned in the create transaction.
  const plugins = template?.plugin_ids.length ? await assignablePlugins(workspace.id, template.plugin_ids) : { pluginIds: [], skills: [] };
  const planned = newAgent(body, {
    id: newId('agent'),
    workspaceId: workspace.id,
    creator: { user_id: principal.user_id, email: principal.email },
    now: new Date().toISOString(),
    template,
    defaults: {
      ...newAgentModel(workspace),
      llm_integration_id: integrationDefaultsOf(workspace).llm,
      embedding_integration_id: integrationDefaultsOf(workspace).embedding,
      storage_integration_id: integrationDefaultsOf(workspace).storage,
      configuration: newAgentParameters(workspace),
    },
  });
  assertMayWidenOversight(principal, null, planned);
  assertModelAllowed(modelAllowList, workspace.tier, planned);
  const agent = avatar === undefined ? planned : { ...planned, avatar_url: await avatarUrlFor(avatar, async () => planned) };
  const event = agentEvent('agent.created', agent, principal.user_id, {
    agent_id: agent.id,
    name: agent.name,
    slug: agent.slug,
    role: agent.role,
    created_by: agent.created_by,
  });
  const assignment = firstAssignmentWrites(agent, plugins, principal.email || principal.user_id, agent.created_at);
  await storeAgent(agent, workspace.agent_limit_override ?? tierLimits[workspace.tier].agents, [...event, ...assignment]);
  countMetric('AgentCreated');
  return created({ agent: agentView(agent) }, `/api/agents/${agent.id}`, { version: agent.version });
});
