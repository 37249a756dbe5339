import type { Integration } from '../../domain/integrations';

export const integrationView = (integration: Integration, isDefault: boolean) => ({
  id: integration.id,
  kind: integration.kind,
  provider: integration.provider,
  name: integration.name,
  config: integration.config,
  credentials: { configured: integration.credential_names.length > 0, names: integration.credential_names },
  is_default: isDefault,
  agents: integration.agents,
  created_by: integration.created_by,
  created_at: integration.created_at,
  updated_at: integration.updated_at,
  version: integration.version,
});
