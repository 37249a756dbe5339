import { listGraduations } from '../../../data/graduations';
import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { listData } from '../../pagination';
import { loadAgent } from '../../../use-cases/agents/authorize';
import * as routes from '../graduation/routes';

export const handler = httpHandler(routes.listGraduations, async ({ params, query, principal }) => {
  const agent = await loadAgent(principal, params.agent);
  const page = await listGraduations(agent.id, query);
  return ok(listData('graduations', page.items, { page: page.page, limit: query.limit, total: page.total, nextCursor: page.nextCursor }));
});
