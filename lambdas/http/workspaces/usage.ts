import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { readUsage } from '../../use-cases/workspaces/read-usage';
import * as routes from './routes';
import { usageView } from './views';

export const handler = httpHandler(routes.getUsage, async ({ params, principal }) =>
  ok({ usage: usageView(await readUsage(principal, params.ws)) }),
);
