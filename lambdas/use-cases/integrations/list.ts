import * as integrations from '../../data/integrations';
import { type Integration, isDefaultIn } from '../../domain/integrations';
import type { ListPage, ListRequest } from '../../domain/list-page';
import type { Principal } from '../../shared/principal';
import { accessIntegrations } from './authorize';

/**
 * Listing a workspace's integrations, the primary course:
 * 1. the caller is a member of the workspace;
 * 2. one page of its integrations, each marked when it is its kind's default there.
 */
export const listIntegrations = async (
  principal: Principal,
  workspaceId: string,
  request: ListRequest,
): Promise<ListPage<{ integration: Integration; isDefault: boolean }>> => {
  const { workspace } = await accessIntegrations(principal, workspaceId);
  const page = await integrations.listIntegrations(workspace.id, request);
  return { ...page, items: page.items.map((integration) => ({ integration, isDefault: isDefaultIn(workspace, integration) })) };
};
