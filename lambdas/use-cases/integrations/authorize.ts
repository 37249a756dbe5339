import { getIntegration, integrationNotFound } from '../../data/integrations';
import type { Integration } from '../../domain/integrations';
import { canManageWorkspace } from '../../domain/workspaces';
import type { Principal } from '../../shared/principal';
import { accessWorkspace, requireRole, type WorkspaceAccess } from '../workspaces/authorize';

/** Any member reads a workspace's integrations; owners and admins change them. */
export const accessIntegrations = async (principal: Principal, ws: string, action?: string): Promise<WorkspaceAccess> => {
  const access = await accessWorkspace(principal, ws);
  if (action) requireRole(access, canManageWorkspace, action);
  return access;
};

export const loadIntegration = async (ws: string, id: string): Promise<Integration> => {
  const integration = await getIntegration(ws, id);
  if (!integration) throw integrationNotFound(id);
  return integration;
};
