import { getPlugins } from '../../data/plugins';
import { listEnablements } from '../../data/plugins-enablement';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { listData } from '../pagination';
import { accessWorkspace } from '../../use-cases/workspaces/authorize';
import { enablementView } from './views';
import { listWorkspacePlugins } from './workspace-routes';

export const handler = httpHandler(listWorkspacePlugins, async ({ params, query, principal }) => {
  await accessWorkspace(principal, params.ws);
  const page = await listEnablements(params.ws, query);
  const plugins = await getPlugins(page.items.map((e) => e.plugin_id));
  return ok(
    listData(
      'plugins',
      page.items.map((e) => enablementView(e, plugins.get(e.plugin_id))),
      page,
    ),
  );
});
