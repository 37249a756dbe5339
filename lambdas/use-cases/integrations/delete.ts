import * as integrations from '../../data/integrations';
import { type Integration, isDefaultIn } from '../../domain/integrations';
import type { Principal } from '../../shared/principal';
import { accessIntegration } from './authorize';

/**
 * Removing an integration, the primary course:
 * 1. the caller may change the workspace's integrations, and the integration (read beside the workspace) is the workspace's;
 * 2. delete it unless an agent still names it (409 INTEGRATION_IN_USE), with the kind's default when it was that.
 */
export const deleteIntegration = async (principal: Principal, workspaceId: string, ref: string): Promise<Integration> => {
  const { workspace, integration } = await accessIntegration(principal, workspaceId, ref, 'remove integrations');
  await integrations.deleteIntegration(integration, isDefaultIn(workspace, integration));
  return integration;
};
