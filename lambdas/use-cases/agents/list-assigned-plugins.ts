import { getPlugins } from '../../data/plugins';
import { getEnablements } from '../../data/plugins-enablement';
import { effectiveVersion } from '../../domain/plugins/upgrade';

/** The agent's plugins as the API shows them: in priority order, joined with the marketplace and the workspace pin. */
export const listAssignedPlugins = async (workspaceId: string, pluginIds: string[]) => {
  const [plugins, enablements] = await Promise.all([getPlugins(pluginIds), getEnablements(workspaceId, pluginIds)]);
  return pluginIds.flatMap((id, i) => {
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
};
