import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { listWorkspaces } from '../../use-cases/workspaces/list';
import { listData } from '../pagination';
import * as routes from './routes';
import { workspaceView } from './views';

export const handler = httpHandler(routes.listWorkspaces, async ({ query, principal }) => {
  const page = await listWorkspaces(principal, query);
  return ok(
    listData(
      'workspaces',
      page.items.map(({ workspace, role }) => workspaceView(workspace, role)),
      page,
    ),
  );
});
