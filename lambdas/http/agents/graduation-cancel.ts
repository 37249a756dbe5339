import { cancelGraduation as cancel } from '../../graduations/cancel';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { cancelGraduation } from './graduation-routes';
import { assertManagesWorkspace, loadGraduation } from '../../use-cases/graduations/authorize';

export const handler = httpHandler(cancelGraduation, async ({ params, principal }) => {
  const graduation = await loadGraduation(principal, params.agent, params.graduation);
  assertManagesWorkspace(principal);
  return ok({ graduation: await cancel(graduation, principal.user_id) });
});
