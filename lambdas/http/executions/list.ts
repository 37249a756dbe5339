import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { listExecutions } from '../../use-cases/executions/list';
import { listData } from '../pagination';
import * as routes from './routes';
import { executionView } from './views';

export const handler = httpHandler(routes.listExecutions, async ({ params, query, principal }) => {
  const page = await listExecutions(principal, params.agent, query);
  return ok(
    listData('executions', page.items.map(executionView), {
      page: page.page,
      limit: query.limit,
      total: page.total,
      nextCursor: page.nextCursor,
    }),
  );
});
