import type { ItemRead } from '../../data/item';
import { getWorkspace, getWorkspaceWith, membershipOf } from '../../data/workspaces';
import { type Principal, workspaceNotFound } from '../../shared/principal';
import type { Role, Workspace } from '../../domain/workspaces';
import { Forbidden } from '../../domain/errors';

/**
 * The caller's standing in the workspace a path names. Not a member (or a key of another
 * workspace) is indistinguishable from absent: 404. Platform operators see every workspace.
 */

export interface Standing {
  /** null: a platform operator who is not a member. */
  role: Role | null;
}

export interface WorkspaceAccess extends Standing {
  workspace: Workspace;
}

export const accessWorkspace = async (principal: Principal, workspaceId: string): Promise<WorkspaceAccess> =>
  standingWith(principal, workspaceId, async () => ({ workspace: await getWorkspace(workspaceId), item: null }));

/**
 * The caller's standing alone, for a route that needs nothing of the workspace itself. When the authorizer
 * resolved this very workspace for the request, its answer stands and nothing is read: a workspace is never
 * deleted, so one the caller holds a membership (or a key) of exists. Otherwise as `accessWorkspace`.
 */
export const standingIn = async (principal: Principal, workspaceId: string): Promise<Standing> =>
  principal.workspace_id === workspaceId && principal.role ? { role: principal.role } : accessWorkspace(principal, workspaceId);

/**
 * The same, with one item of the workspace (the one a route changes) read beside it in one request.
 * The item is read before the caller's standing is known and handed on only after it is.
 */
export const accessWorkspaceWith = async <T>(
  principal: Principal,
  workspaceId: string,
  read: ItemRead<T>,
): Promise<WorkspaceAccess & { item: T | null }> => standingWith(principal, workspaceId, () => getWorkspaceWith(workspaceId, read));

const standingWith = async <T>(
  principal: Principal,
  workspaceId: string,
  read: () => Promise<{ workspace: Workspace | null; item: T | null }>,
): Promise<WorkspaceAccess & { item: T | null }> => {
  if (principal.auth_type === 'api_key' && principal.workspace_id !== workspaceId) throw workspaceNotFound(workspaceId);
  const [{ workspace, item }, role] = await Promise.all([
    read(),
    principal.workspace_id === workspaceId ? principal.role : roleOf(principal, workspaceId),
  ]);
  if (!workspace || (!role && !principal.platform_admin)) throw workspaceNotFound(workspaceId);
  return { workspace, role, item };
};

const roleOf = async (principal: Principal, workspaceId: string): Promise<Role | null> =>
  principal.email ? ((await membershipOf(workspaceId, principal))?.role ?? null) : null;

export const requireRole = (access: Standing, allowed: (role: Role | null) => boolean, action: string): void => {
  if (!allowed(access.role)) throw new Forbidden(`your role in this workspace does not allow you to ${action}`);
};
