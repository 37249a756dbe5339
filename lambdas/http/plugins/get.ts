import { listPluginVersions } from '../../data/plugins';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { visiblePlugin } from '../../use-cases/plugins/authorize';
import { getPlugin } from './routes';
import { pluginView } from './views';

export const handler = httpHandler(getPlugin, async ({ params, principal }) => {
  const plugin = await visiblePlugin(principal, params.plugin);
  const listed = await listPluginVersions(plugin.id);
  // Who published is the publisher's own business: other workspaces see the versions, not the people.
  const isPublisher = plugin.workspace_id === principal.workspace_id;
  const versions = listed.map((v) => ({ ...v, published_by: isPublisher ? v.published_by : null }));
  return ok({ plugin: { ...pluginView(plugin, principal.workspace_id), versions } });
});
