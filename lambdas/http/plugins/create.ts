import { httpHandler } from '../../shared/http';
import { created } from '../../shared/reply';
import { createPlugin } from '../../use-cases/plugins/create';
import * as routes from './routes';
import { pluginView } from './views';

export const handler = httpHandler(routes.createPlugin, async ({ body, principal }) => {
  const { plugin, upload } = await createPlugin(principal, body);
  return created({ plugin: pluginView(plugin, plugin.workspace_id), upload }, `/api/plugins/${plugin.id}`);
});
