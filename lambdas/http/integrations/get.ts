import { isDefaultIn } from '../../domain/integrations';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { accessIntegration } from '../../use-cases/integrations/authorize';
import { getIntegration } from './routes';
import { integrationView } from './views';

export const handler = httpHandler(getIntegration, async ({ params, principal }) => {
  const { workspace, integration } = await accessIntegration(principal, params.ws, params.integration);
  return ok({ integration: integrationView(integration, isDefaultIn(workspace, integration)) }, { version: integration.version });
});
