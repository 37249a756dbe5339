import * as plugins from '../../data/plugins';
import type { Plugin, PluginVersion } from '../../domain/plugins/model';
import type { Principal } from '../../shared/principal';
import { publishedPlugin } from './authorize';
import { uploadedRelease } from './read-release';

/**
 * Registering an uploaded release as a plugin's new version, the primary course:
 * 1. the caller manages the workspace that publishes the plugin;
 * 2. read and validate the uploaded release (read-release.ts);
 * 3. store it as the plugin's latest version, all or nothing (409 VERSION_EXISTS for a version already there).
 */
export const registerVersion = async (
  principal: Principal,
  ref: string,
  uploadId: string,
): Promise<{ plugin: Plugin; version: PluginVersion }> => {
  const plugin = await publishedPlugin(principal, ref);
  const version = await uploadedRelease(plugin, uploadId, principal.email || principal.user_id);
  return { plugin: await plugins.registerVersion(plugin, version), version };
};
