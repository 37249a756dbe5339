import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { enableWorkspacePlugin } from '../../use-cases/plugins/enable';
import { enablementView } from './views';
import * as routes from './workspace-routes';

export const handler = httpHandler(routes.enableWorkspacePlugin, async ({ params, body, principal }) => {
  const { enablement, plugin } = await enableWorkspacePlugin(principal, params.ws, params.plugin, body.version);
  return ok({ plugin: enablementView(enablement, plugin) });
});
