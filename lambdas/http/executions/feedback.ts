import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { rateExecution } from '../../use-cases/executions/rate';
import * as routes from './routes';

export const handler = httpHandler(routes.giveFeedback, async ({ params, body, principal }) =>
  ok(await rateExecution(principal, params.agent, params.execution, body)),
);
