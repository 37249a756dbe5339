import { registerVersion } from '../../data/plugins';
import { httpHandler } from '../../shared/http';
import { created } from '../../shared/reply';
import { publishedPlugin } from '../../use-cases/plugins/authorize';
import * as routes from './routes';
import { uploadedRelease } from '../../use-cases/plugins/read-release';
import { pluginView, versionView } from './views';

export const handler = httpHandler(routes.registerVersion, async ({ params, body, principal }) => {
  const plugin = await publishedPlugin(principal, params.plugin);
  const version = await uploadedRelease(plugin, body.upload_id, principal.email || principal.user_id);
  const updated = await registerVersion(plugin, version);
  return created({ version: versionView(version), plugin: pluginView(updated, plugin.workspace_id) }, `/api/plugins/${plugin.id}`);
});
