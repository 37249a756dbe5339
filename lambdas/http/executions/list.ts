import { listExecutions } from '../../data/executions';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadAgent } from '../../use-cases/agents/authorize';
import { listData } from '../pagination';
import * as routes from './routes';
import { executionView } from './views';

export const handler = httpHandler(routes.listExecutions, async ({ params, query, principal }) => {
  const agent = await loadAgent(principal, params.agent);
  const page = await listExecutions(agent.id, query);
  return ok(
    listData('executions', page.items.map(executionView), {
      page: page.page,
      limit: query.limit,
      total: page.total,
      nextCursor: page.nextCursor,
    }),
  );
});
