import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { decide } from '../../use-cases/executions/decide';
import * as routes from './routes';
import { executionView } from './views';

export const handler = httpHandler(routes.rejectExecution, async ({ params, body, principal }) =>
  ok(executionView(await decide(principal, params, body.comment ?? null, 'rejected'))),
);
