import { pluginReadById } from '../../data/plugins';
import type { Plugin } from '../../domain/plugins/model';
import { canManageWorkspace } from '../../domain/workspaces';
import type { Principal } from '../../shared/principal';
import { accessWorkspaceWith, requireRole, standingIn } from '../workspaces/authorize';
import { seenBy, visiblePlugin } from './authorize';

/**
 * A plugin the caller sees, for a change in a workspace they manage (owners and admins): 403 before
 * the plugin is looked at. Named by id, the plugin is read beside the workspace in one request.
 */
export const pluginInManagedWorkspace = async (principal: Principal, workspaceId: string, ref: string, action: string): Promise<Plugin> => {
  const byId = pluginReadById(ref);
  if (!byId) {
    requireRole(await standingIn(principal, workspaceId), canManageWorkspace, action);
    return visiblePlugin(principal, ref);
  }
  const { item, ...access } = await accessWorkspaceWith(principal, workspaceId, byId);
  requireRole(access, canManageWorkspace, action);
  return seenBy(principal, ref, item);
};
