import * as apiKeys from '../../data/api-keys';
import { canManageWorkspace } from '../../domain/workspaces';
import type { Principal } from '../../shared/principal';
import { standingIn, requireRole } from './authorize';

/**
 * Revoking an API key, the primary course:
 * 1. the caller manages the workspace (owners and admins);
 * 2. delete the key (404 when the workspace has none by that id): the authorizer refuses it on the very next request.
 */
export const revokeApiKey = async (principal: Principal, workspaceId: string, keyId: string): Promise<void> => {
  requireRole(await standingIn(principal, workspaceId), canManageWorkspace, 'revoke API keys');
  await apiKeys.revokeApiKey(workspaceId, keyId);
};
