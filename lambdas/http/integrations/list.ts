import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { listIntegrations } from '../../use-cases/integrations/list';
import { listData } from '../pagination';
import * as routes from './routes';
import { integrationView } from './views';

export const handler = httpHandler(routes.listIntegrations, async ({ params, query, principal }) => {
  const page = await listIntegrations(principal, params.ws, query);
  return ok(
    listData(
      'integrations',
      page.items.map(({ integration, isDefault }) => integrationView(integration, isDefault)),
      page,
    ),
  );
});
