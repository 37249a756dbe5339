import { putApiKey } from '../../data/api-keys';
import { type ApiKeyRecord, apiKeyPrefix, hashApiKey, newApiKeySecret } from '../../domain/api-keys';
import { newId } from '../../domain/ids';
import { canManageWorkspace } from '../../domain/workspaces';
import { Forbidden } from '../../domain/errors';
import type { Principal } from '../../shared/principal';
import { standingIn, requireRole } from './authorize';

/**
 * Creating an API key, the primary course:
 * 1. the caller is a person signed in (a key traces back to a person, whose removal revokes it; a key
 *    minting keys would outlive them) who owns or administers the workspace;
 * 2. mint the secret; only its hash is stored, with the key's record;
 * 3. the secret is answered once, with the record.
 */
export const createApiKey = async (
  principal: Principal,
  workspaceId: string,
  input: Pick<ApiKeyRecord, 'name' | 'scopes'> & { expires_at?: string | null },
): Promise<{ key: ApiKeyRecord; secret: string }> => {
  const access = await standingIn(principal, workspaceId);
  if (principal.auth_type !== 'jwt') throw new Forbidden('API keys cannot create API keys; an owner or admin creates them signed in');
  requireRole(access, canManageWorkspace, 'create API keys');
  const secret = newApiKeySecret();
  const key: ApiKeyRecord = {
    id: newId('key'),
    workspace_id: workspaceId,
    name: input.name,
    scopes: input.scopes,
    prefix: apiKeyPrefix(secret),
    created_by: principal.email,
    created_at: new Date().toISOString(),
    last_used_at: null,
    expires_at: input.expires_at ?? null,
  };
  await putApiKey(key, hashApiKey(secret));
  return { key, secret };
};
