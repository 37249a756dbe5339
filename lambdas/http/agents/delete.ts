import { agentEvent } from '../../data/agent-events';
import { deleteAgent as softDelete } from '../../data/agents';
import { hasActiveExecutions } from '../../data/executions';
import { Conflict } from '../../shared/errors';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadAgentFor } from './access';
import { deleteAgent } from './routes';

export const handler = httpHandler(deleteAgent, async ({ params, principal }) => {
  const { agent } = await loadAgentFor(principal, params.agent, 'delete');
  if (await hasActiveExecutions(agent.id)) {
    throw new Conflict('AGENT_BUSY', `agent ${agent.slug} has executions pending, running or awaiting approval; cancel them or let them finish first`, [
      { field: 'executions', issue: 'active' },
    ]);
  }
  // The event starts the purge of everything under the agent, its log line included.
  const deleted = agentEvent('agent.deleted', agent, principal.user_id, { agent_id: agent.id, name: agent.name, slug: agent.slug, deleted_by: principal.user_id });
  await softDelete(agent, { ...agent, status: 'deleted', runtime_state: 'stopped', updated_at: new Date().toISOString(), version: agent.version + 1 }, deleted);
  return ok({ deleted: true, agent_id: agent.id, message: `Agent ${agent.slug} deleted` });
});
