import { sealCredentials, updateIntegration as storeUpdate } from '../../data/integrations';
import { PROVIDERS } from '../../domain/integrations';
import { InvalidInput, VersionConflict } from '../../shared/errors';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { accessIntegrations, loadIntegration } from '../../use-cases/integrations/authorize';
import { updateIntegration } from './routes';
import { integrationView, isDefaultIn } from './views';

export const handler = httpHandler(updateIntegration, async ({ params, body, principal, ifMatch }) => {
  const { workspace } = await accessIntegrations(principal, params.ws, 'change integrations');
  const before = await loadIntegration(workspace.id, params.integration);
  if (ifMatch !== undefined && ifMatch !== before.version) throw new VersionConflict(before.version);
  if (body.provider !== undefined && !PROVIDERS[before.kind].includes(body.provider)) {
    const allowed = PROVIDERS[before.kind].join(', ');
    throw new InvalidInput(`a ${before.kind} integration's provider is one of ${allowed}`, [
      { field: 'provider', issue: `one of ${allowed}` },
    ]);
  }
  const sealed =
    body.credentials === undefined ? undefined : body.credentials === null ? null : await sealCredentials(before, body.credentials);
  const wasDefault = isDefaultIn(workspace, before);
  const after = await storeUpdate(before, before.version, {
    fields: {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.provider !== undefined ? { provider: body.provider } : {}),
      ...(body.config !== undefined ? { config: body.config } : {}),
      ...(body.credentials !== undefined ? { credential_names: Object.keys(body.credentials ?? {}).sort() } : {}),
      updated_at: new Date().toISOString(),
    },
    sealed,
    isDefault: body.is_default,
    wasDefault,
  });
  return ok({ integration: integrationView(after, body.is_default ?? wasDefault) }, { version: after.version });
});
