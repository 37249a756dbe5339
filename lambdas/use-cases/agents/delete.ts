import { agentEvent } from '../../data/agent-events';
import * as agents from '../../data/agents';
import type { Agent } from '../../domain/agents/model';
import type { Principal } from '../../shared/principal';
import { assertNotBusy } from './assert-not-busy';
import { loadAgentFor } from './authorize';

/**
 * Deleting an agent, the primary course:
 * 1. load the agent the caller may delete (its owner; never the workspace's system agent);
 * 2. refuse while it has running executions (409 AGENT_BUSY);
 * 3. mark it deleted with its `agent.deleted` event, which starts the purge of everything under it.
 */
export const deleteAgent = async (principal: Principal, ref: string): Promise<Agent> => {
  const { agent } = await loadAgentFor(principal, ref, 'delete');
  await assertNotBusy(agent);
  const deleted = agentEvent('agent.deleted', agent, principal.user_id, {
    agent_id: agent.id,
    name: agent.name,
    slug: agent.slug,
    deleted_by: principal.user_id,
  });
  await agents.deleteAgent(
    agent,
    { ...agent, status: 'deleted', runtime_state: 'stopped', updated_at: new Date().toISOString(), version: agent.version + 1 },
    deleted,
  );
  return agent;
};
