import { runningVersion } from '../domain/plugins/upgrade';
import type { PluginNode } from '../domain/plugins/requirements';
import { readPluginItems } from './plugin-items';
import { pluginIdsByName } from './plugins';

/**
 * The requirement graph around a plugin being enabled, read breadth first from the names it
 * requires: each plugin at the version the workspace runs when enabled (its pin, or the latest
 * it may follow: upgrade.ts), at its latest version when not. Unpublished or unknown names are
 * left out (the resolver reports them). Two batched reads per level, bounded in size.
 */

const MAX_NODES = 200;

export const loadRequirementGraph = async (workspaceId: string, requiredNames: readonly string[]): Promise<Map<string, PluginNode>> => {
  const graph = new Map<string, PluginNode>();
  const asked = new Set<string>();
  let frontier = [...new Set(requiredNames)];
  while (frontier.length > 0 && asked.size < MAX_NODES) {
    frontier.forEach((name) => asked.add(name));
    const ids = await pluginIdsByName(frontier);
    const { plugins, enablements } = await readPluginItems(workspaceId, [...ids.values()]);
    const next: string[] = [];
    for (const name of frontier) {
      const plugin = plugins.get(ids.get(name) ?? '');
      const enablement = plugin ? (enablements.get(plugin.id) ?? null) : null;
      const running = plugin ? runningVersion(plugin, enablement) : null;
      if (!plugin || !running) continue;
      const { version, requires } = running;
      graph.set(name, { name, plugin_id: plugin.id, version, requires, enabled: enablement !== null });
      next.push(...requires.map((r) => r.name));
    }
    frontier = [...new Set(next)].filter((name) => !asked.has(name));
  }
  return graph;
};
