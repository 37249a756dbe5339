import { httpHandler } from '../../shared/http';
import { created } from '../../shared/reply';
import { createApiKey } from '../../use-cases/workspaces/create-api-key';
import * as routes from './routes';
import { apiKeyView } from './views';

export const handler = httpHandler(routes.createApiKey, async ({ params, body, principal }) => {
  const { key, secret } = await createApiKey(principal, params.ws, body);
  return created({ api_key: { ...apiKeyView(key), secret } }, `/api/workspaces/${params.ws}/api-keys/${key.id}`);
});
