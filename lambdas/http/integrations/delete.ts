import { isDefaultIn } from '../../domain/integrations';
import { deleteIntegration as storeDelete } from '../../data/integrations';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { accessIntegrations, loadIntegration } from '../../use-cases/integrations/authorize';
import { deleteIntegration } from './routes';

export const handler = httpHandler(deleteIntegration, async ({ params, principal }) => {
  const { workspace } = await accessIntegrations(principal, params.ws, 'remove integrations');
  const integration = await loadIntegration(workspace.id, params.integration);
  await storeDelete(integration, isDefaultIn(workspace, integration));
  return ok({ deleted: true, integration_id: integration.id });
});
