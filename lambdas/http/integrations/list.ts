import { isDefaultIn } from '../../domain/integrations';
import { listIntegrations } from '../../data/integrations';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { listData } from '../pagination';
import { accessIntegrations } from '../../use-cases/integrations/authorize';
import * as routes from './routes';
import { integrationView } from './views';

export const handler = httpHandler(routes.listIntegrations, async ({ params, query, principal }) => {
  const { workspace } = await accessIntegrations(principal, params.ws);
  const page = await listIntegrations(workspace.id, query);
  return ok(
    listData(
      'integrations',
      page.items.map((i) => integrationView(i, isDefaultIn(workspace, i))),
      page,
    ),
  );
});
