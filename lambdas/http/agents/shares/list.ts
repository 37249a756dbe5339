import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { listAccess } from '../../../use-cases/sharing/list';
import * as routes from '../sharing-routes';
import { entryView } from '../views';

export const handler = httpHandler(routes.listShares, async ({ params, principal }) => {
  const shares = await listAccess(principal, params.agent, ['use', 'view']);
  return ok({ shares: shares.map(entryView) });
});
