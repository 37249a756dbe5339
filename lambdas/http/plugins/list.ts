import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { browsePlugins } from '../../use-cases/plugins/browse';
import { listData } from '../pagination';
import * as routes from './routes';
import { pluginView } from './views';

export const handler = httpHandler(routes.listPlugins, async ({ query: { q, ...request }, principal }) => {
  const page = await browsePlugins(q, request);
  return ok(
    listData(
      'plugins',
      page.items.map((p) => pluginView(p, principal.workspace_id)),
      page,
    ),
  );
});
