import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { revokeApiKey } from '../../use-cases/workspaces/revoke-api-key';
import * as routes from './routes';

export const handler = httpHandler(routes.revokeApiKey, async ({ params, principal }) => {
  await revokeApiKey(principal, params.ws, params.key);
  return ok({ deleted: true, api_key_id: params.key });
});
