import { httpHandler } from '../../shared/http';
import { created } from '../../shared/reply';
import { createIntegration } from '../../use-cases/integrations/create';
import * as routes from './routes';
import { integrationView } from './views';

export const handler = httpHandler(routes.createIntegration, async ({ params, body, principal }) => {
  const { integration, isDefault } = await createIntegration(principal, params.ws, body);
  return created(
    { integration: integrationView(integration, isDefault) },
    `/api/workspaces/${integration.workspace_id}/integrations/${integration.id}`,
    {
      version: integration.version,
    },
  );
});
