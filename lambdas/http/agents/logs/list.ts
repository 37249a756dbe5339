import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { recentLogs } from '../../../use-cases/agents/list-logs';
import * as routes from '../subresource-routes';

export const handler = httpHandler(routes.listAgentLogs, async ({ params, query, principal }) =>
  ok({ logs: await recentLogs(principal, params.agent, query.tail) }),
);
