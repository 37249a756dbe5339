import { agentsVisibleTo } from '../../data/agent-access';
import { listAgents } from '../../data/agent-list';
import type { AccessLevel } from '../../domain/agents/access';
import type { Agent } from '../../domain/agents/model';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { currentWorkspace, seesEveryAgent } from '../agents/access';
import { listData } from '../pagination';
import { listAccessibleAgents } from './routes';

const summary = (agent: Agent, access: AccessLevel) => ({ id: agent.id, slug: agent.slug, name: agent.name, status: agent.status, access });

export const handler = httpHandler(listAccessibleAgents, async ({ query, principal }) => {
  const page = query.page ?? 1;
  if (!principal.workspace_id && !principal.requested_workspace_id) {
    return ok(listData('agents', [], { page, limit: query.limit, total: 0, nextCursor: null }));
  }
  const workspaceId = currentWorkspace(principal);
  if (seesEveryAgent(principal)) {
    const result = await listAgents({ workspaceId, sort: 'name', order: 'asc', filters: {}, limit: query.limit, page });
    return ok(listData('agents', result.items.map((a) => summary(a, 'owner')), { ...result, nextCursor: null }));
  }
  const visible = (await agentsVisibleTo(principal.email, workspaceId)).sort((a, b) => a.agent.slug.localeCompare(b.agent.slug));
  const items = visible.slice((page - 1) * query.limit, page * query.limit).map((v) => summary(v.agent, v.access));
  return ok(listData('agents', items, { page, limit: query.limit, total: visible.length, nextCursor: null }));
});
