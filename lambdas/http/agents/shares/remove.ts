import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { revoke } from '../../../use-cases/sharing/revoke';
import * as routes from '../sharing-routes';

export const handler = httpHandler(routes.unshareAgent, async ({ params, principal }) => {
  await revoke(principal, params.agent, params.email, ['use', 'view']);
  return ok({ deleted: true, share_id: params.email });
});
