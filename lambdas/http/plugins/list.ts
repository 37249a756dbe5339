import { listMarketplace } from '../../data/plugins';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { listData } from '../pagination';
import { listPlugins } from './routes';
import { pluginView } from './views';

export const handler = httpHandler(listPlugins, async ({ query, principal }) => {
  const { q, ...request } = query;
  const page = await listMarketplace(q, request);
  return ok(
    listData(
      'plugins',
      page.items.map((p) => pluginView(p, principal.workspace_id)),
      page,
    ),
  );
});
