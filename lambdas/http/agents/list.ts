import { listAgents as storedAgents } from '../../data/agent-list';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { listData } from '../pagination';
import { currentWorkspace, seesEveryAgent } from './access';
import { listAgents } from './routes';
import { agentView } from './views';

export const handler = httpHandler(listAgents, async ({ query, principal }) => {
  // API.md: a caller with no workspace at all gets an empty list.
  if (!principal.workspace_id && !principal.requested_workspace_id) {
    return ok(listData('agents', [], { page: 1, limit: query.limit, total: 0, nextCursor: null }));
  }
  const { sort, order, limit, cursor, page, ...filters } = query;
  const result = await storedAgents({
    workspaceId: currentWorkspace(principal),
    sort,
    order,
    limit,
    cursor,
    page,
    filters: { ...filters, createdBy: seesEveryAgent(principal) ? undefined : principal.user_id },
  });
  return ok(listData('agents', result.items.map(agentView), result));
});
