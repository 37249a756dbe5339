import { agentEvent } from '../../data/agent-events';
import { getAgentTemplate } from '../../data/agent-templates';
import * as agents from '../../data/agents';
import { firstAssignmentWrites } from '../../data/plugins-assignments';
import { assertPersonaExists } from '../../data/references';
import { getWorkspace } from '../../data/workspaces';
import { assertMayWidenOversight } from '../../domain/agents/governance-rights';
import type { Agent, NewAgentInput } from '../../domain/agents/model';
import { newAgent } from '../../domain/agents/plan';
import { isBuiltInTemplate, resolveTemplate } from '../../domain/agents/templates';
import { newId } from '../../domain/ids';
import { assertModelAllowed } from '../../domain/model-access';
import { agentLimitOf } from '../../domain/workspaces';
import { NotFound } from '../../domain/errors';
import { modelAllowList } from '../../shared/model-allow-list';
import { newAgentDefaults } from '../../shared/model-defaults';
import { countMetric } from '../../shared/observability';
import { currentWorkspace, type Principal } from '../../shared/principal';
import { assignablePlugins } from '../plugins/check-assignable';
import { avatarUrlFor, type CheckedAvatar } from './store-avatar';

/**
 * Creating an agent, the primary course:
 * 1. read the current workspace and the named template (a workspace's own one only: built-in names are reserved);
 * 2. check the persona it names and the template's plugins, before anything is written;
 * 3. plan the agent (domain/agents/plan.ts) over the workspace's defaults, then check oversight rights and the
 *    tier's model allow-list;
 * 4. store a sent avatar image, which the agent's item then names;
 * 5. commit the agent with its `agent.created` event and plugin assignments, within the workspace's agent limit.
 */

const workspaceTemplateNamed = async (workspaceId: string, name: string | null | undefined) =>
  name === null || name === undefined || isBuiltInTemplate(name) ? null : getAgentTemplate(workspaceId, name);

export const createAgent = async (principal: Principal, input: NewAgentInput, avatar: CheckedAvatar | undefined): Promise<Agent> => {
  const workspaceId = currentWorkspace(principal);
  const [workspace, ownTemplate] = await Promise.all([getWorkspace(workspaceId), workspaceTemplateNamed(workspaceId, input.template)]);
  if (!workspace) throw new NotFound('the current workspace no longer exists', 'workspace');
  const template = resolveTemplate(input.template, ownTemplate);
  await assertPersonaExists(workspace.id, input.persona_id);
  const plugins = template?.plugin_ids.length ? await assignablePlugins(workspace.id, template.plugin_ids) : { pluginIds: [], skills: [] };
  const planned = newAgent(input, {
    id: newId('agent'),
    workspaceId: workspace.id,
    creator: { user_id: principal.user_id, email: principal.email },
    now: new Date().toISOString(),
    template,
    defaults: newAgentDefaults(workspace),
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
  await agents.createAgent(agent, agentLimitOf(workspace), [...event, ...assignment]);
  countMetric('AgentCreated');
  return agent;
};
