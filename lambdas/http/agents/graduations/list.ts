import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { listGraduations } from '../../../use-cases/graduations/list';
import { listData } from '../../pagination';
import * as routes from '../graduation/routes';

export const handler = httpHandler(routes.listGraduations, async ({ params, query, principal }) => {
  const page = await listGraduations(principal, params.agent, query);
  return ok(listData('graduations', page.items, { page: page.page, limit: query.limit, total: page.total, nextCursor: page.nextCursor }));
});
