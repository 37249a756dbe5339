import { isDefaultIn } from '../../domain/integrations';
import { deleteIntegration } from '../../data/integrations';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { accessIntegrations, loadIntegration } from '../../use-cases/integrations/authorize';
import * as routes from './routes';

export const handler = httpHandler(routes.deleteIntegration, async ({ params, principal }) => {
  const { workspace } = await accessIntegrations(principal, params.ws, 'remove integrations');
  const integration = await loadIntegration(workspace.id, params.integration);
  await deleteIntegration(integration, isDefaultIn(workspace, integration));
  return ok({ deleted: true, integration_id: integration.id });
});
