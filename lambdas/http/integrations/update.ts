import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { updateIntegration } from '../../use-cases/integrations/update';
import * as routes from './routes';
import { integrationView } from './views';

export const handler = httpHandler(routes.updateIntegration, async ({ params, body, principal, ifMatch }) => {
  const { integration, isDefault } = await updateIntegration(principal, params.ws, params.integration, body, ifMatch);
  return ok({ integration: integrationView(integration, isDefault) }, { version: integration.version });
});
