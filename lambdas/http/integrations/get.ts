import { isDefaultIn } from '../../domain/integrations';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { accessIntegrations, loadIntegration } from '../../use-cases/integrations/authorize';
import { getIntegration } from './routes';
import { integrationView } from './views';

export const handler = httpHandler(getIntegration, async ({ params, principal }) => {
  const { workspace } = await accessIntegrations(principal, params.ws);
  const integration = await loadIntegration(workspace.id, params.integration);
  return ok({ integration: integrationView(integration, isDefaultIn(workspace, integration)) }, { version: integration.version });
});
