import { findAgent, agentNotFound } from '../../data/agents';
import { workspaceNotFound } from '../../data/workspaces';
import type { Agent } from '../../domain/agents/model';
import { Forbidden, NotFound } from '../../shared/errors';
import type { Principal } from '../../shared/principal';

/**
 * Agents live in the caller's current workspace. Owners and admins see every agent; members see
 * the agents they created. An agent the caller may not see answers 404, like one that does not exist.
 */

export const currentWorkspace = (principal: Principal): string => {
  if (principal.requested_workspace_id) throw workspaceNotFound(principal.requested_workspace_id);
  if (!principal.workspace_id) {
    throw new NotFound('you are not a member of any workspace yet; create one with POST /api/workspaces', 'workspace');
  }
  return principal.workspace_id;
};

export const seesEveryAgent = (principal: Principal): boolean => principal.role === 'owner' || principal.role === 'admin';

export const canSee = (principal: Principal, agent: Agent): boolean => seesEveryAgent(principal) || agent.created_by === principal.user_id;

export const loadAgent = async (principal: Principal, ref: string): Promise<Agent> => {
  const agent = await findAgent(currentWorkspace(principal), ref);
  if (!agent || !canSee(principal, agent)) throw agentNotFound(ref);
  return agent;
};

/** Deleting needs workspace owners or admins, or the agent's creator; a system agent is never deleted. */
export const assertCanDelete = (principal: Principal, agent: Agent): void => {
  if (agent.is_system) throw new Forbidden(`${agent.slug} is the workspace's system agent and cannot be deleted`);
  if (!canSee(principal, agent)) throw agentNotFound(agent.id);
};
