import { cancelGraduation } from '../../../flows/graduation/cancel';
import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import * as routes from './routes';
import { assertManagesWorkspace, loadGraduation } from '../../../use-cases/graduations/authorize';

export const handler = httpHandler(routes.cancelGraduation, async ({ params, principal }) => {
  const graduation = await loadGraduation(principal, params.agent, params.graduation);
  assertManagesWorkspace(principal);
  return ok({ graduation: await cancelGraduation(graduation, principal.user_id) });
});
