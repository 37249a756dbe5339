import { type PluginItems, readPluginItems } from '../../data/plugin-items';
import { effectiveVersion } from '../../domain/plugins/upgrade';

/** The agent's plugins as the API shows them: in priority order, joined with the marketplace and the workspace pin. */
export const listAssignedPlugins = async (workspaceId: string, pluginIds: string[]) => {
  return describeAssignedPlugins(pluginIds, await readPluginItems(workspaceId, pluginIds));
};

/** The same, from plugin items already read. */
export const describeAssignedPlugins = (pluginIds: readonly string[], { plugins, enablements }: PluginItems) =>
  pluginIds.flatMap((id, i) => {
    const plugin = plugins.get(id);
    if (!plugin) return [];
    const enablement = enablements.get(id) ?? null;
    return [
      {
        plugin_id: id,
        name: plugin.name,
        description: plugin.description,
        priority: i,
        version: effectiveVersion(plugin, enablement),
        pinned_version: enablement?.pinned_version ?? null,
        latest_version: plugin.latest_version,
        latest: plugin.latest,
      },
    ];
  });
