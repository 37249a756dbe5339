import type { AccessLevel } from '../../domain/agents/access';
import type { Agent } from '../../domain/agents/model';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { visibleAgentsWithAccess } from '../../use-cases/agents/list-visible';
import { listData } from '../pagination';
import { listAccessibleAgents } from './routes';

const summary = (agent: Agent, access: AccessLevel) => ({
  id: agent.id,
  slug: agent.slug,
  name: agent.name,
  status: agent.status,
  access,
  role: access,
});

export const handler = httpHandler(listAccessibleAgents, async ({ query, principal }) => {
  const result = await visibleAgentsWithAccess(principal, {
    sort: 'name',
    order: 'asc',
    limit: query.limit,
    cursor: query.cursor,
    page: query.page,
    filters: {},
  });
  return ok(
    listData(
      'agents',
      result.items.map((v) => summary(v.agent, v.access)),
      result,
    ),
  );
});
