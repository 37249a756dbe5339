import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { listAccess } from '../../../use-cases/sharing/list';
import * as routes from '../sharing-routes';
import { entryView } from '../views';

export const handler = httpHandler(routes.listAgentAdmins, async ({ params, principal }) => {
  const admins = await listAccess(principal, params.agent, ['admin']);
  return ok({ admins: admins.map(entryView) });
});
