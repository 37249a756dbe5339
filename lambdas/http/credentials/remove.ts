import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { removeCredential } from '../../use-cases/credentials/remove';
import * as routes from './routes';

export const handler = httpHandler(routes.removeCredential, async ({ params, principal }) => {
  await removeCredential(principal, params.agent, params.name);
  return ok({ deleted: true, name: params.name });
});
