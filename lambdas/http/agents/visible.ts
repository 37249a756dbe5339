import { agentsVisibleTo } from '../../data/agent-access';
import { listAgents } from '../../data/agent-list';
import { type ListFilters, matches, offsetCursor, readOffsetCursor, sortAgents } from '../../domain/agents/listing';
import type { Agent } from '../../domain/agents/model';
import type { Principal } from '../../shared/principal';
import { currentWorkspace, seesEveryAgent } from './access';

/**
 * One page of the agents the caller can see: index-backed over the whole workspace for owners and
 * admins; for members, their access entries filtered, sorted and paged in memory (they hold few).
 */

export interface VisibleQuery {
  sort: 'name' | 'created_at' | 'updated_at';
  order: 'asc' | 'desc';
  limit: number;
  cursor?: string;
  page?: number;
  filters: ListFilters;
}

export interface VisiblePage {
  items: Agent[];
  page: number;
  limit: number;
  total: number;
  nextCursor: string | null;
}

const memberPage = async (email: string, workspaceId: string, q: VisibleQuery): Promise<VisiblePage> => {
  const visible = (await agentsVisibleTo(email, workspaceId)).map((v) => v.agent).filter((a) => matches(a, q.filters));
  const sorted = sortAgents(visible, q.sort, q.order);
  const offset = q.cursor ? readOffsetCursor(q.cursor, q.sort, q.order) : ((q.page ?? 1) - 1) * q.limit;
  const end = offset + q.limit;
  return {
    items: sorted.slice(offset, end),
    page: q.cursor ? 1 : (q.page ?? 1),
    limit: q.limit,
    total: sorted.length,
    nextCursor: end < sorted.length ? offsetCursor(end, q.sort, q.order) : null,
  };
};

export const visibleAgents = async (principal: Principal, q: VisibleQuery): Promise<VisiblePage> => {
  // API.md: a caller with no workspace at all gets an empty list.
  if (!principal.workspace_id && !principal.requested_workspace_id) {
    return { items: [], page: 1, limit: q.limit, total: 0, nextCursor: null };
  }
  const workspaceId = currentWorkspace(principal);
  return seesEveryAgent(principal) ? listAgents({ workspaceId, ...q }) : memberPage(principal.email, workspaceId, q);
};
