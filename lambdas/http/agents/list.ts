import { agentsVisibleTo } from '../../data/agent-access';
import { listAgents as storedAgents } from '../../data/agent-list';
import { matches, offsetCursor, readOffsetCursor, sortAgents } from '../../domain/agents/listing';
import type { HttpRequest } from '../../shared/http';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { listData } from '../pagination';
import { currentWorkspace, seesEveryAgent } from './access';
import { listAgents } from './routes';
import { agentView } from './views';

type Query = HttpRequest<typeof listAgents>['query'];

/** A member's agents: their access entries, filtered, sorted and paged in memory. */
const listForMember = async (email: string, workspaceId: string, query: Query) => {
  const { sort, order, limit, cursor, page, ...filters } = query;
  const visible = (await agentsVisibleTo(email, workspaceId)).map((v) => v.agent).filter((a) => matches(a, filters));
  const sorted = sortAgents(visible, sort, order);
  const offset = cursor ? readOffsetCursor(cursor, sort, order) : ((page ?? 1) - 1) * limit;
  const end = offset + limit;
  return {
    items: sorted.slice(offset, end),
    page: cursor ? 1 : (page ?? 1),
    limit,
    total: sorted.length,
    nextCursor: end < sorted.length ? offsetCursor(end, sort, order) : null,
  };
};

export const handler = httpHandler(listAgents, async ({ query, principal }) => {
  // API.md: a caller with no workspace at all gets an empty list.
  if (!principal.workspace_id && !principal.requested_workspace_id) {
    return ok(listData('agents', [], { page: 1, limit: query.limit, total: 0, nextCursor: null }));
  }
  const workspaceId = currentWorkspace(principal);
  const { sort, order, limit, cursor, page, ...filters } = query;
  const result = seesEveryAgent(principal)
    ? await storedAgents({ workspaceId, sort, order, limit, cursor, page, filters })
    : await listForMember(principal.email, workspaceId, query);
  return ok(listData('agents', result.items.map(agentView), result));
});
