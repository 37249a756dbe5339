import { getWorkspace, getWorkspaces, membershipsOf } from '../../data/workspaces';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { listData } from '../pagination';
import { listWorkspaces } from './routes';
import { workspaceView } from './views';

export const handler = httpHandler(listWorkspaces, async ({ query, principal }) => {
  if (principal.auth_type === 'api_key') {
    // A key sees the one workspace it belongs to.
    const own = principal.workspace_id ? await getWorkspace(principal.workspace_id) : null;
    const items = own ? [workspaceView(own, principal.role)] : [];
    return ok(listData('workspaces', items, { page: 1, limit: query.limit, total: items.length, nextCursor: null }));
  }
  // Memberships another account holds under the same email are not listed, nor counted in `total`.
  const page = await membershipsOf(principal, query);
  const workspaces = new Map((await getWorkspaces(page.items.map((m) => m.workspace_id))).map((w) => [w.id, w]));
  const items = page.items.flatMap((m) => {
    const workspace = workspaces.get(m.workspace_id);
    return workspace ? [workspaceView(workspace, m.role)] : [];
  });
  return ok(listData('workspaces', items, page));
});
