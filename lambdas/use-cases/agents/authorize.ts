import { accessOf } from '../../data/agent-access';
import { agentNotFound, findAgent, findAgentWith } from '../../data/agents';
import type { ItemRead } from '../../data/item';
import { type AccessLevel, canDelete, canManage, canRead, effectiveAccess } from '../../domain/agents/access';
import type { Agent } from '../../domain/agents/model';
import { Forbidden } from '../../domain/errors';
import { currentWorkspace, type Principal, seesEveryAgent } from '../../shared/principal';

/**
 * Loading an agent for an action, the primary course:
 * 1. the caller's current workspace (404 without one);
 * 2. the agent, by id or slug, in it;
 * 3. the caller's access level: workspace owners and admins manage every agent; members reach the agents
 *    they created, administer or were shared;
 * 4. none: 404, like an agent that does not exist; one that does not allow the action (or deleting the
 *    workspace's system agent): 403.
 */

export type AgentAction = 'read' | 'manage' | 'delete';

const allows: Record<AgentAction, (level: AccessLevel | null) => boolean> = { read: canRead, manage: canManage, delete: canDelete };

export const accessTo = async (principal: Principal, agent: Agent): Promise<AccessLevel | null> =>
  effectiveAccess(principal.role, seesEveryAgent(principal) ? null : await accessOf(agent.id, principal.email));

export const loadAgentFor = async (
  principal: Principal,
  ref: string,
  action: AgentAction,
): Promise<{ agent: Agent; access: AccessLevel }> => judge(principal, ref, action, await findAgent(currentWorkspace(principal), ref));

/**
 * The same, with one more item the route needs read beside the agent in one request. The item is
 * handed on only once the caller's access is known; the agent's absence answers before the item's.
 */
export const loadAgentWith = async <T>(
  principal: Principal,
  ref: string,
  action: AgentAction,
  readOf: (agentId: string) => ItemRead<T>,
  consistent = false,
): Promise<{ agent: Agent; access: AccessLevel; item: T | null }> => {
  const { agent, item } = await findAgentWith(currentWorkspace(principal), ref, readOf, consistent);
  return { ...(await judge(principal, ref, action, agent)), item };
};

const judge = async (
  principal: Principal,
  ref: string,
  action: AgentAction,
  agent: Agent | null,
): Promise<{ agent: Agent; access: AccessLevel }> => {
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
