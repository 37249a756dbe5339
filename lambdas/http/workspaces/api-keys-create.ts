import { type ApiKeyRecord, putApiKey } from '../../data/api-keys';
import { apiKeyPrefix, hashApiKey, newApiKeySecret } from '../../domain/api-keys';
import { newId } from '../../domain/ids';
import { canManageWorkspace } from '../../domain/workspaces';
import { Forbidden } from '../../shared/errors';
import { httpHandler } from '../../shared/http';
import { created } from '../../shared/reply';
import { accessWorkspace, requireRole } from '../../use-cases/workspaces/authorize';
import { createApiKey } from './routes';
import { apiKeyView } from './views';

export const handler = httpHandler(createApiKey, async ({ params, body, principal }) => {
  const access = await accessWorkspace(principal, params.ws);
  // A key traces back to a person, whose removal revokes it; a key minting keys would outlive them.
  if (principal.auth_type !== 'jwt') throw new Forbidden('API keys cannot create API keys; an owner or admin creates them signed in');
  requireRole(access, canManageWorkspace, 'create API keys');
  const secret = newApiKeySecret();
  const key: ApiKeyRecord = {
    id: newId('key'),
    workspace_id: params.ws,
    name: body.name,
    scopes: body.scopes,
    prefix: apiKeyPrefix(secret),
    created_by: principal.email,
    created_at: new Date().toISOString(),
    last_used_at: null,
    expires_at: body.expires_at ?? null,
  };
  await putApiKey(key, hashApiKey(secret));
  return created({ api_key: { ...apiKeyView(key), secret } }, `/api/workspaces/${params.ws}/api-keys/${key.id}`);
});
