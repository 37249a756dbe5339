import { listPluginVersions } from '../../data/plugins';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { visiblePlugin } from './access';
import { getPlugin } from './routes';
import { pluginView } from './views';

export const handler = httpHandler(getPlugin, async ({ params, principal }) => {
  const plugin = await visiblePlugin(principal, params.plugin);
  const versions = await listPluginVersions(plugin.id);
  return ok({ plugin: { ...pluginView(plugin, principal.workspace_id), versions } });
});
