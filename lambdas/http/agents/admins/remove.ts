import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { revoke } from '../../../use-cases/sharing/revoke';
import * as routes from '../sharing-routes';

export const handler = httpHandler(routes.removeAgentAdmin, async ({ params, principal }) => {
  await revoke(principal, params.agent, params.admin, ['admin']);
  return ok({ deleted: true, admin_id: params.admin });
});
