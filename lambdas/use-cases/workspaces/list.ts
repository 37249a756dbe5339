import * as workspaces from '../../data/workspaces';
import type { ListPage, ListRequest } from '../../domain/list-page';
import type { Role, Workspace } from '../../domain/workspaces';
import type { Principal } from '../../shared/principal';

/**
 * Listing the caller's workspaces, the primary course:
 * 1. an API key sees the one workspace it belongs to;
 * 2. a person, one page of their memberships with the workspaces read in one batch; memberships another
 *    account holds under the same email are neither listed nor counted in `total`.
 */
export const listWorkspaces = async (
  principal: Principal,
  request: ListRequest,
): Promise<ListPage<{ workspace: Workspace; role: Role | null }>> => {
  if (principal.auth_type === 'api_key') {
    const own = principal.workspace_id ? await workspaces.getWorkspace(principal.workspace_id) : null;
    const items = own ? [{ workspace: own, role: principal.role }] : [];
    return { items, page: 1, limit: request.limit, total: items.length, nextCursor: null };
  }
  const page = await workspaces.membershipsOf(principal, request);
  const found = new Map((await workspaces.getWorkspaces(page.items.map((m) => m.workspace_id))).map((w) => [w.id, w]));
  return {
    ...page,
    items: page.items.flatMap((m) => {
      const workspace = found.get(m.workspace_id);
      return workspace ? [{ workspace, role: m.role }] : [];
    }),
  };
};
