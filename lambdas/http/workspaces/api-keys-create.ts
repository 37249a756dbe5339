import { type ApiKeyRecord, putApiKey } from '../../data/api-keys';
import { apiKeyPrefix, hashApiKey, newApiKeySecret } from '../../domain/api-keys';
import { newId } from '../../domain/ids';
import { canManageWorkspace } from '../../domain/workspaces';
import { httpHandler } from '../../shared/http';
import { created } from '../../shared/reply';
import { accessWorkspace, requireRole } from './access';
import { createApiKey } from './routes';
import { apiKeyView } from './views';

export const handler = httpHandler(createApiKey, async ({ params, body, principal }) => {
  requireRole(await accessWorkspace(principal, params.ws), canManageWorkspace, 'create API keys');
  const secret = newApiKeySecret();
  const key: ApiKeyRecord = {
    id: newId('key'),
    workspace_id: params.ws,
    name: body.name,
    scopes: body.scopes,
    prefix: apiKeyPrefix(secret),
    created_by: principal.email || principal.user_id,
    created_at: new Date().toISOString(),
    last_used_at: null,
  };
  await putApiKey(key, hashApiKey(secret));
  return created({ api_key: { ...apiKeyView(key), secret } }, `/api/workspaces/${params.ws}/api-keys/${key.id}`);
});
