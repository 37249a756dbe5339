import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { deleteIntegration } from '../../use-cases/integrations/delete';
import * as routes from './routes';

export const handler = httpHandler(routes.deleteIntegration, async ({ params, principal }) => {
  const integration = await deleteIntegration(principal, params.ws, params.integration);
  return ok({ deleted: true, integration_id: integration.id });
});
