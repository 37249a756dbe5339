import { findPlugin, pluginNotFound } from '../../data/plugins';
import type { Plugin } from '../../domain/plugins/model';
import { managesWorkspace } from '../../domain/workspaces';
import { Forbidden } from '../../domain/errors';
import { currentWorkspace, type Principal } from '../../shared/principal';

/**
 * Who sees and who changes a plugin. A published plugin is visible to every workspace; an
 * unpublished one only to its publisher (to anyone else it does not exist: 404). Only owners and
 * admins of the publishing workspace add versions; anyone else who sees it gets 403.
 */

export const visiblePlugin = async (principal: Principal, ref: string): Promise<Plugin> => seenBy(principal, ref, await findPlugin(ref));

/** The plugin as the caller sees it: absent, or unpublished and another workspace's, is 404. */
export const seenBy = (principal: Principal, ref: string, plugin: Plugin | null): Plugin => {
  if (!plugin || (!plugin.latest_version && plugin.workspace_id !== principal.workspace_id)) throw pluginNotFound(ref);
  return plugin;
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
