import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { listApiKeys } from '../../use-cases/workspaces/list-api-keys';
import { listData } from '../pagination';
import * as routes from './routes';
import { apiKeyView } from './views';

export const handler = httpHandler(routes.listApiKeys, async ({ params, query, principal }) => {
  const page = await listApiKeys(principal, params.ws, query);
  return ok(listData('api_keys', page.items.map(apiKeyView), page));
});
