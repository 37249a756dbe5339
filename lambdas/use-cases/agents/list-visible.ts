import { agentsVisibleTo } from '../../data/agent-access';
import { listAgents, liveAgentsOf } from '../../data/agent-list';
import type { ListPage } from '../../data/list';
import { type AccessLevel, effectiveAccess } from '../../domain/agents/access';
import { type ListFilters, matches, sortAgents } from '../../domain/agents/listing';
import type { Agent } from '../../domain/agents/model';
import { currentWorkspace, type Principal, seesEveryAgent } from '../../shared/principal';
import { pageInMemory } from '../../shared/page-in-memory';

/**
 * One page of the agents the caller can see, each with the caller's access level on it: index-backed
 * over the whole workspace for owners and admins (who hold `owner` on every agent); for members,
 * their access entries filtered, sorted and paged in memory (they hold few). `GET /api/agents` and
 * `GET /api/auth/agents` both read it, so they can never disagree about who sees what.
 */

export interface VisibleQuery {
  sort: 'name' | 'created_at' | 'updated_at';
  order: 'asc' | 'desc';
  limit: number;
  cursor?: string;
  page?: number;
  filters: ListFilters;
}

export interface VisibleAgent {
  agent: Agent;
  access: AccessLevel;
}

/** `total` is null for several filters not all on the first page (owners' and admins' index-backed lists only). */
export type VisiblePage<T = Agent> = ListPage<T>;

const memberPage = async (email: string, workspaceId: string, q: VisibleQuery): Promise<VisiblePage<VisibleAgent>> => {
  const visible = (await agentsVisibleTo(email, workspaceId)).filter((v) => matches(v.agent, q.filters));
  const levels = new Map(visible.map((v) => [v.agent.id, v.access]));
  const sorted = sortAgents(
    visible.map((v) => v.agent),
    q.sort,
    q.order,
  );
  const page = await pageInMemory(sorted, q, `visible-agents:${workspaceId}:${email}`, `${q.sort}:${q.order}`);
  return { ...page, items: page.items.map((agent) => ({ agent, access: levels.get(agent.id) as AccessLevel })) };
};

const workspacePage = async (principal: Principal, workspaceId: string, q: VisibleQuery): Promise<VisiblePage<VisibleAgent>> => {
  const page = await listAgents({ workspaceId, ...q });
  const access = effectiveAccess(principal.role, null) as AccessLevel;
  return { ...page, items: page.items.map((agent) => ({ agent, access })) };
};

export const visibleAgentsWithAccess = async (principal: Principal, q: VisibleQuery): Promise<VisiblePage<VisibleAgent>> => {
  // API.md: a caller with no workspace at all gets an empty list.
  if (!principal.workspace_id && !principal.requested_workspace_id) {
    return { items: [], page: q.cursor ? 1 : (q.page ?? 1), limit: q.limit, total: 0, nextCursor: null };
  }
  const workspaceId = currentWorkspace(principal);
  return seesEveryAgent(principal) ? workspacePage(principal, workspaceId, q) : memberPage(principal.email, workspaceId, q);
};

/** The same page without the access levels, for views that only show the agents. */
export const visibleAgents = async (principal: Principal, q: VisibleQuery): Promise<VisiblePage> => {
  const page = await visibleAgentsWithAccess(principal, q);
  return { ...page, items: page.items.map((v) => v.agent) };
};

/**
 * Every agent the caller can see, for views over the whole fleet: the workspace's live agents for
 * owners and admins (one query per 1 MB), a member's access entries (one query, then one batch read
 * per 100). None for a caller with no workspace at all.
 */
export const allVisibleAgents = async (principal: Principal): Promise<Agent[]> => {
  if (!principal.workspace_id && !principal.requested_workspace_id) return [];
  const workspaceId = currentWorkspace(principal);
  return seesEveryAgent(principal) ? liveAgentsOf(workspaceId) : (await agentsVisibleTo(principal.email, workspaceId)).map((v) => v.agent);
};
