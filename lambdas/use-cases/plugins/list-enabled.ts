import { getPlugins } from '../../data/plugins';
import { listEnablements } from '../../data/plugins-enablement';
import type { ListPage, ListRequest } from '../../domain/list-page';
import type { Enablement, Plugin } from '../../domain/plugins/model';
import type { Principal } from '../../shared/principal';
import { standingIn } from '../workspaces/authorize';

/**
 * Listing the plugins a workspace has enabled, the primary course:
 * 1. the caller is a member of the workspace;
 * 2. one page of its enablements, with their plugins read in one batch (a plugin no longer there is absent).
 */
export const listEnabledPlugins = async (
  principal: Principal,
  workspaceId: string,
  request: ListRequest,
): Promise<ListPage<{ enablement: Enablement; plugin: Plugin | undefined }>> => {
  await standingIn(principal, workspaceId);
  const page = await listEnablements(workspaceId, request);
  const found = await getPlugins(page.items.map((e) => e.plugin_id));
  return { ...page, items: page.items.map((enablement) => ({ enablement, plugin: found.get(enablement.plugin_id) })) };
};
