import * as integrations from '../../data/integrations';
import { newId } from '../../domain/ids';
import { type Integration, type IntegrationKind, integrationDefaultsOf } from '../../domain/integrations';
import type { Principal } from '../../shared/principal';
import { accessIntegrations } from './authorize';

export interface NewIntegrationInput {
  kind: IntegrationKind;
  provider: Integration['provider'];
  name: string;
  config?: Record<string, unknown> | null;
  credentials?: Record<string, string> | null;
  is_default?: boolean | null;
}

/**
 * Connecting an integration, the primary course:
 * 1. the caller may connect integrations in the workspace;
 * 2. plan the integration; it becomes its kind's default when asked, or when the kind has none yet;
 * 3. seal its credentials and store it (and the default) in one write.
 */
export const createIntegration = async (
  principal: Principal,
  workspaceId: string,
  input: NewIntegrationInput,
): Promise<{ integration: Integration; isDefault: boolean }> => {
  const { workspace } = await accessIntegrations(principal, workspaceId, 'connect integrations');
  const now = new Date().toISOString();
  const credentials = input.credentials ?? {};
  const integration: Integration = {
    id: newId('int'),
    workspace_id: workspace.id,
    kind: input.kind,
    provider: input.provider,
    name: input.name,
    config: input.config ?? {},
    credential_names: Object.keys(credentials).sort(),
    agents: 0,
    created_by: principal.email || principal.user_id,
    created_at: now,
    updated_at: now,
    version: 1,
  };
  const isDefault = input.is_default ?? integrationDefaultsOf(workspace)[input.kind] === null;
  await integrations.createIntegration(integration, await integrations.sealCredentials(integration, credentials), isDefault);
  return { integration, isDefault };
};
