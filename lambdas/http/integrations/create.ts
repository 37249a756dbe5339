import { createIntegration as storeIntegration, sealCredentials } from '../../data/integrations';
import { newId } from '../../domain/ids';
import { type Integration, integrationDefaultsOf } from '../../domain/integrations';
import { httpHandler } from '../../shared/http';
import { created } from '../../shared/reply';
import { accessIntegrations } from '../../use-cases/integrations/authorize';
import { createIntegration } from './routes';
import { integrationView } from './views';

export const handler = httpHandler(createIntegration, async ({ params, body, principal }) => {
  const { workspace } = await accessIntegrations(principal, params.ws, 'connect integrations');
  const now = new Date().toISOString();
  const credentials = body.credentials ?? {};
  const integration: Integration = {
    id: newId('int'),
    workspace_id: workspace.id,
    kind: body.kind,
    provider: body.provider,
    name: body.name,
    config: body.config ?? {},
    credential_names: Object.keys(credentials).sort(),
    agents: 0,
    created_by: principal.email || principal.user_id,
    created_at: now,
    updated_at: now,
    version: 1,
  };
  const currentDefault = integrationDefaultsOf(workspace)[body.kind];
  const makeDefault = body.is_default ?? currentDefault === null;
  await storeIntegration(integration, await sealCredentials(integration, credentials), makeDefault);
  return created(
    { integration: integrationView(integration, makeDefault) },
    `/api/workspaces/${workspace.id}/integrations/${integration.id}`,
    {
      version: integration.version,
    },
  );
});
