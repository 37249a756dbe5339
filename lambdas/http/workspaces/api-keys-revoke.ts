import { revokeApiKey } from '../../data/api-keys';
import { canManageWorkspace } from '../../domain/workspaces';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { accessWorkspace, requireRole } from '../../use-cases/workspaces/authorize';
import * as routes from './routes';

export const handler = httpHandler(routes.revokeApiKey, async ({ params, principal }) => {
  requireRole(await accessWorkspace(principal, params.ws), canManageWorkspace, 'revoke API keys');
  await revokeApiKey(params.ws, params.key);
  return ok({ deleted: true, api_key_id: params.key });
});
