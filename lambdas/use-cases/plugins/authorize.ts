import { findPlugin, pluginNotFound, pluginReadById } from '../../data/plugins';
import type { Plugin } from '../../domain/plugins/model';
import { canManageWorkspace, managesWorkspace } from '../../domain/workspaces';
import { accessWorkspace, accessWorkspaceWith, requireRole } from '../workspaces/authorize';
import { Forbidden } from '../../domain/errors';
import { currentWorkspace, type Principal } from '../../shared/principal';

/**
 * Who sees and who changes a plugin. A published plugin is visible to every workspace; an
 * unpublished one only to its publisher (to anyone else it does not exist: 404). Only owners and
 * admins of the publishing workspace add versions; anyone else who sees it gets 403.
 */

export const visiblePlugin = async (principal: Principal, ref: string): Promise<Plugin> => seenBy(principal, ref, await findPlugin(ref));

const seenBy = (principal: Principal, ref: string, plugin: Plugin | null): Plugin => {
  if (!plugin || (!plugin.latest_version && plugin.workspace_id !== principal.workspace_id)) throw pluginNotFound(ref);
  return plugin;
};

/**
 * A plugin the caller sees, for a change in a workspace they manage (owners and admins): 403 before
 * the plugin is looked at. Named by id, the plugin is read beside the workspace in one request.
 */
export const pluginInManagedWorkspace = async (principal: Principal, workspaceId: string, ref: string, action: string): Promise<Plugin> => {
  const byId = pluginReadById(ref);
  if (!byId) {
    requireRole(await accessWorkspace(principal, workspaceId), canManageWorkspace, action);
    return visiblePlugin(principal, ref);
  }
  const { item, ...access } = await accessWorkspaceWith(principal, workspaceId, byId);
  requireRole(access, canManageWorkspace, action);
  return seenBy(principal, ref, item);
};

export const requirePublisherRole = (principal: Principal): void => {
  if (!managesWorkspace(principal)) throw new Forbidden('only workspace owners and admins may publish plugins');
};

export const publishedPlugin = async (principal: Principal, ref: string): Promise<Plugin> => {
  const plugin = await visiblePlugin(principal, ref);
  if (plugin.workspace_id !== currentWorkspace(principal)) {
    throw new Forbidden(`plugin ${plugin.name} is published by another workspace; only its publisher may add versions`);
  }
  requirePublisherRole(principal);
  return plugin;
};
