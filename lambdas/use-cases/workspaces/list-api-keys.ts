import * as apiKeys from '../../data/api-keys';
import type { ApiKeyRecord } from '../../domain/api-keys';
import type { ListPage, ListRequest } from '../../domain/list-page';
import { canManageWorkspace } from '../../domain/workspaces';
import type { Principal } from '../../shared/principal';
import { standingIn, requireRole } from './authorize';

/**
 * Listing a workspace's API keys, the primary course:
 * 1. the caller manages the workspace (owners and admins);
 * 2. one page of its keys; never their secrets.
 */
export const listApiKeys = async (principal: Principal, workspaceId: string, request: ListRequest): Promise<ListPage<ApiKeyRecord>> => {
  requireRole(await standingIn(principal, workspaceId), canManageWorkspace, 'see API keys');
  return apiKeys.listApiKeys(workspaceId, request);
};
