import { listApiKeys } from '../../data/api-keys';
import { canManageWorkspace } from '../../domain/workspaces';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { listData } from '../pagination';
import { accessWorkspace, requireRole } from '../../use-cases/workspaces/authorize';
import * as routes from './routes';
import { apiKeyView } from './views';

export const handler = httpHandler(routes.listApiKeys, async ({ params, query, principal }) => {
  requireRole(await accessWorkspace(principal, params.ws), canManageWorkspace, 'see API keys');
  const page = await listApiKeys(params.ws, query);
  return ok(listData('api_keys', page.items.map(apiKeyView), page));
});
