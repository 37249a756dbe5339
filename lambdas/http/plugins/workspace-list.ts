import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { listEnabledPlugins } from '../../use-cases/plugins/list-enabled';
import { listData } from '../pagination';
import { enablementView } from './views';
import * as routes from './workspace-routes';

export const handler = httpHandler(routes.listWorkspacePlugins, async ({ params, query, principal }) => {
  const page = await listEnabledPlugins(principal, params.ws, query);
  return ok(
    listData(
      'plugins',
      page.items.map(({ enablement, plugin }) => enablementView(enablement, plugin)),
      page,
    ),
  );
});
