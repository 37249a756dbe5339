import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { cancelExecution } from '../../use-cases/executions/cancel';
import * as routes from './routes';
import { executionView } from './views';

export const handler = httpHandler(routes.cancelExecution, async ({ params, principal }) =>
  ok(executionView(await cancelExecution(principal, params.agent, params.execution))),
);
