import type { Enablement, Plugin } from '../domain/plugins/model';
import { batchGetItems } from './batch';
import { withoutKeys } from './item';
import { pluginEnablementKey, pluginKey } from './keys';

/** Plugins as stored and a workspace's enablements of them, by plugin id. */
export interface PluginItems {
  plugins: ReadonlyMap<string, Plugin>;
  enablements: ReadonlyMap<string, Enablement>;
}

/** Plugins and the workspace's enablements of them, in one batched read. */
export const readPluginItems = async (workspaceId: string, ids: readonly string[], consistent = false): Promise<PluginItems> => {
  if (ids.length === 0) return { plugins: new Map(), enablements: new Map() };
  const items = await batchGetItems([...ids.map(pluginKey), ...ids.map((id) => pluginEnablementKey(workspaceId, id))], consistent);
  return {
    plugins: new Map(items.filter((i) => i.SK === 'META').map((i) => [String(i.id), withoutKeys<Plugin>(i)])),
    enablements: new Map(items.filter((i) => i.SK !== 'META').map((i) => [String(i.plugin_id), withoutKeys<Enablement>(i)])),
  };
};
