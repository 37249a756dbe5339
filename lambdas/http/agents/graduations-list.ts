import { listGraduations as listPage } from '../../data/graduations';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { listData } from '../pagination';
import { loadAgent } from '../../use-cases/agents/authorize';
import { listGraduations } from './graduation-routes';

export const handler = httpHandler(listGraduations, async ({ params, query, principal }) => {
  const agent = await loadAgent(principal, params.agent);
  const page = await listPage(agent.id, query);
  return ok(listData('graduations', page.items, { page: page.page, limit: query.limit, total: page.total, nextCursor: page.nextCursor }));
});
