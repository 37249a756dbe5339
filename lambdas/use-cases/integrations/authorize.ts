import { integrationNotFound, integrationRead } from '../../data/integrations';
import type { Integration } from '../../domain/integrations';
import { canManageWorkspace } from '../../domain/workspaces';
import type { Principal } from '../../shared/principal';
import { accessWorkspace, accessWorkspaceWith, requireRole, type WorkspaceAccess } from '../workspaces/authorize';

/** Any member reads a workspace's integrations; owners and admins change them. */
export const accessIntegrations = async (principal: Principal, ws: string, action?: string): Promise<WorkspaceAccess> => {
  const access = await accessWorkspace(principal, ws);
  if (action) requireRole(access, canManageWorkspace, action);
  return access;
};

/** The caller's standing and one integration, read together; with an `action`, only owners and admins may take it. */
export const accessIntegration = async (
  principal: Principal,
  ws: string,
  id: string,
  action?: string,
): Promise<WorkspaceAccess & { integration: Integration }> => {
  const { item, ...access } = await accessWorkspaceWith(principal, ws, integrationRead(ws, id));
  if (action) requireRole(access, canManageWorkspace, action);
  if (!item) throw integrationNotFound(id);
  return { ...access, integration: item };
};
