import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { describePlugin } from '../../use-cases/plugins/describe';
import * as routes from './routes';
import { pluginView } from './views';

export const handler = httpHandler(routes.getPlugin, async ({ params, principal }) => {
  const { plugin, versions } = await describePlugin(principal, params.plugin);
  return ok({ plugin: { ...pluginView(plugin, principal.workspace_id), versions } });
});
