import { httpHandler } from '../../shared/http';
import { created } from '../../shared/reply';
import { registerVersion } from '../../use-cases/plugins/register-version';
import * as routes from './routes';
import { pluginView, versionView } from './views';

export const handler = httpHandler(routes.registerVersion, async ({ params, body, principal }) => {
  const { plugin, version } = await registerVersion(principal, params.plugin, body.upload_id);
  return created({ version: versionView(version), plugin: pluginView(plugin, plugin.workspace_id) }, `/api/plugins/${plugin.id}`);
});
