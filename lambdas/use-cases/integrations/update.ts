import * as integrations from '../../data/integrations';
import { type Integration, isDefaultIn, PROVIDERS } from '../../domain/integrations';
import { InvalidInput, VersionConflict } from '../../domain/errors';
import type { Principal } from '../../shared/principal';
import { accessIntegration } from './authorize';

export interface IntegrationChanges {
  name?: string;
  provider?: Integration['provider'];
  config?: Record<string, unknown>;
  credentials?: Record<string, string> | null;
  is_default?: boolean;
}

/**
 * Changing an integration, the primary course:
 * 1. the caller may change the workspace's integrations, and the integration (read beside the workspace) is the
 *    workspace's (`If-Match` holds);
 * 2. a new provider must be one of its kind's;
 * 3. seal new credentials (null removes them) and store the change, with the kind's default moved when asked.
 */
export const updateIntegration = async (
  principal: Principal,
  workspaceId: string,
  ref: string,
  changes: IntegrationChanges,
  ifMatch: number | undefined,
): Promise<{ integration: Integration; isDefault: boolean }> => {
  const { workspace, integration: before } = await accessIntegration(principal, workspaceId, ref, 'change integrations');
  if (ifMatch !== undefined && ifMatch !== before.version) throw new VersionConflict(before.version);
  if (changes.provider !== undefined && !PROVIDERS[before.kind].includes(changes.provider)) {
    const allowed = PROVIDERS[before.kind].join(', ');
    throw new InvalidInput(`a ${before.kind} integration's provider is one of ${allowed}`, [
      { field: 'provider', issue: `one of ${allowed}` },
    ]);
  }
  const sealed =
    changes.credentials === undefined
      ? undefined
      : changes.credentials === null
        ? null
        : await integrations.sealCredentials(before, changes.credentials);
  const wasDefault = isDefaultIn(workspace, before);
  const after = await integrations.updateIntegration(before, before.version, {
    fields: {
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.provider !== undefined ? { provider: changes.provider } : {}),
      ...(changes.config !== undefined ? { config: changes.config } : {}),
      ...(changes.credentials !== undefined ? { credential_names: Object.keys(changes.credentials ?? {}).sort() } : {}),
      updated_at: new Date().toISOString(),
    },
    sealed,
    isDefault: changes.is_default,
    wasDefault,
  });
  return { integration: after, isDefault: changes.is_default ?? wasDefault };
};
