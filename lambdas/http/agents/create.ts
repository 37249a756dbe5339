import { agentEvent } from '../../data/agent-events';
import { createAgent as storeAgent } from '../../data/agents';
import { assertPersonaExists } from '../../data/references';
import { getWorkspace } from '../../data/workspaces';
import { assertMayWidenOversight } from '../../domain/agents/governance-rights';
import { newAgent } from '../../domain/agents/plan';
import { newId } from '../../domain/ids';
import { integrationDefaultsOf } from '../../domain/integrations';
import { assertModelAllowed } from '../../domain/model-access';
import { tierLimits } from '../../domain/tiers';
import { NotFound } from '../../shared/errors';
import { httpHandler } from '../../shared/http';
import { countMetric } from '../../shared/observability';
import { modelAllowList } from '../../shared/model-allow-list';
import { newAgentModel } from '../../shared/model-defaults';
import { created } from '../../shared/reply';
import { currentWorkspace } from './access';
import { avatarUrlFor, checkAvatar } from './avatar-source';
import { createAgent } from './routes';
import { agentView } from './views';

export const handler = httpHandler(createAgent, async ({ body: { changes: body, avatar: sentAvatar }, principal }) => {
  const avatar = checkAvatar(sentAvatar);
  const workspace = await getWorkspace(currentWorkspace(principal));
  if (!workspace) throw new NotFound('the current workspace no longer exists', 'workspace');
  await assertPersonaExists(workspace.id, body.persona_id);
  const planned = newAgent(body, {
    id: newId('agent'),
    workspaceId: workspace.id,
    creator: { user_id: principal.user_id, email: principal.email },
    now: new Date().toISOString(),
    defaults: {
      ...newAgentModel(workspace),
      llm_integration_id: integrationDefaultsOf(workspace).llm,
      storage_integration_id: integrationDefaultsOf(workspace).storage,
    },
  });
  assertMayWidenOversight(principal, null, planned);
  assertModelAllowed(modelAllowList, workspace.tier, planned);
  const agent = avatar === undefined ? planned : { ...planned, avatar_url: await avatarUrlFor(avatar, async () => planned) };
  const event = agentEvent('agent.created', agent, principal.user_id, { agent_id: agent.id, name: agent.name, slug: agent.slug, role: agent.role, created_by: agent.created_by });
  await storeAgent(agent, workspace.agent_limit_override ?? tierLimits[workspace.tier].agents, event);
  countMetric('AgentCreated');
  return created({ agent: agentView(agent) }, `/api/agents/${agent.id}`, { version: agent.version });
});
