import { accessOf } from '../../data/agent-access';
import { agentNotFound, findAgent } from '../../data/agents';
import { type AccessLevel, canDelete, canManage, canRead, effectiveAccess } from '../../domain/agents/access';
import type { Agent } from '../../domain/agents/model';
import { Forbidden } from '../../shared/errors';
import { currentWorkspace, type Principal, seesEveryAgent } from '../../shared/principal';

/**
 * Agents live in the caller's current workspace. Workspace owners and admins manage every agent;
 * members reach the agents they created, administer or were shared. An agent the caller cannot
 * read answers 404, like one that does not exist; one they can read but not change answers 403.
 */

export type AgentAction = 'read' | 'manage' | 'delete';

const allows: Record<AgentAction, (level: AccessLevel | null) => boolean> = { read: canRead, manage: canManage, delete: canDelete };

export const accessTo = async (principal: Principal, agent: Agent): Promise<AccessLevel | null> =>
  effectiveAccess(principal.role, seesEveryAgent(principal) ? null : await accessOf(agent.id, principal.email));

export const loadAgentFor = async (
  principal: Principal,
  ref: string,
  action: AgentAction,
): Promise<{ agent: Agent; access: AccessLevel }> => {
  const agent = await findAgent(currentWorkspace(principal), ref);
  const access = agent ? await accessTo(principal, agent) : null;
  if (!agent || !access) throw agentNotFound(ref);
  if (action === 'delete' && agent.is_system) throw new Forbidden(`${agent.slug} is the workspace's system agent and cannot be deleted`);
  if (!allows[action](access)) {
    throw new Forbidden(`your ${access} access to agent ${agent.slug} does not allow you to ${action} it`, 'FORBIDDEN', [
      { field: 'access', issue: 'insufficient', access, needed: action },
    ]);
  }
  return { agent, access };
};

export const loadAgent = async (principal: Principal, ref: string): Promise<Agent> => (await loadAgentFor(principal, ref, 'read')).agent;
