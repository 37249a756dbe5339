import { getWorkspace, membershipOf } from '../../data/workspaces';
import { type Principal, workspaceNotFound } from '../../shared/principal';
import type { Role, Workspace } from '../../domain/workspaces';
import { Forbidden } from '../../domain/errors';

/**
 * The caller's standing in the workspace a path names. Not a member (or a key of another
 * workspace) is indistinguishable from absent: 404. Platform operators see every workspace.
 */

export interface WorkspaceAccess {
  workspace: Workspace;
  /** null: a platform operator who is not a member. */
  role: Role | null;
}

export const accessWorkspace = async (principal: Principal, workspaceId: string): Promise<WorkspaceAccess> => {
  const keyOfAnotherWorkspace = principal.auth_type === 'api_key' && principal.workspace_id !== workspaceId;
  const [workspace, role] = await Promise.all([
    keyOfAnotherWorkspace ? null : getWorkspace(workspaceId),
    principal.workspace_id === workspaceId || keyOfAnotherWorkspace ? principal.role : roleOf(principal, workspaceId),
  ]);
  if (!workspace || keyOfAnotherWorkspace || (!role && !principal.platform_admin)) throw workspaceNotFound(workspaceId);
  return { workspace, role };
};

const roleOf = async (principal: Principal, workspaceId: string): Promise<Role | null> =>
  principal.email ? ((await membershipOf(workspaceId, principal))?.role ?? null) : null;

export const requireRole = (access: WorkspaceAccess, allowed: (role: Role | null) => boolean, action: string): void => {
  if (!allowed(access.role)) throw new Forbidden(`your role in this workspace does not allow you to ${action}`);
};
