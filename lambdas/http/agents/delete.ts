import { agentEvent } from '../../data/agent-events';
import { deleteAgent as softDelete } from '../../data/agents';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadAgentFor } from '../../use-cases/agents/authorize';
import { assertNotBusy } from '../../use-cases/agents/assert-not-busy';
import { deleteAgent } from './routes';

export const handler = httpHandler(deleteAgent, async ({ params, principal }) => {
  const { agent } = await loadAgentFor(principal, params.agent, 'delete');
  await assertNotBusy(agent);
  // The event starts the purge of everything under the agent, its log line included.
  const deleted = agentEvent('agent.deleted', agent, principal.user_id, {
    agent_id: agent.id,
    name: agent.name,
    slug: agent.slug,
    deleted_by: principal.user_id,
  });
  await softDelete(
    agent,
    { ...agent, status: 'deleted', runtime_state: 'stopped', updated_at: new Date().toISOString(), version: agent.version + 1 },
    deleted,
  );
  return ok({ deleted: true, agent_id: agent.id, message: `Agent ${agent.slug} deleted` });
});
