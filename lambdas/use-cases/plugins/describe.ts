import { listPluginVersions } from '../../data/plugins';
import type { Principal } from '../../shared/principal';
import { visiblePlugin } from './authorize';

/**
 * Reading a plugin with its versions, the primary course:
 * 1. the plugin is one the caller sees (published, or their workspace's own);
 * 2. its versions, newest first; who published each is shown to the publishing workspace alone:
 *    other workspaces see the versions, not the people.
 */
export const describePlugin = async (principal: Principal, ref: string) => {
  const plugin = await visiblePlugin(principal, ref);
  const listed = await listPluginVersions(plugin.id);
  const isPublisher = plugin.workspace_id === principal.workspace_id;
  return { plugin, versions: listed.map((v) => ({ ...v, published_by: isPublisher ? v.published_by : null })) };
};
