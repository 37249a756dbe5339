import * as integrations from '../../data/integrations';
import { type Integration, isDefaultIn } from '../../domain/integrations';
import type { Principal } from '../../shared/principal';
import { accessIntegrations, loadIntegration } from './authorize';

/**
 * Removing an integration, the primary course:
 * 1. the caller may change the workspace's integrations, and the integration is the workspace's;
 * 2. delete it unless an agent still names it (409 INTEGRATION_IN_USE), with the kind's default when it was that.
 */
export const deleteIntegration = async (principal: Principal, workspaceId: string, ref: string): Promise<Integration> => {
  const { workspace } = await accessIntegrations(principal, workspaceId, 'remove integrations');
  const integration = await loadIntegration(workspace.id, ref);
  await integrations.deleteIntegration(integration, isDefaultIn(workspace, integration));
  return integration;
};
