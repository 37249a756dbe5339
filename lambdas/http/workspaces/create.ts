import { httpHandler } from '../../shared/http';
import { created } from '../../shared/reply';
import { createWorkspace } from '../../use-cases/workspaces/create';
import * as routes from './routes';
import { workspaceView } from './views';

export const handler = httpHandler(routes.createWorkspace, async ({ body, principal }) => {
  const workspace = await createWorkspace(principal, body.name);
  return created({ workspace: workspaceView(workspace, 'owner') }, `/api/workspaces/${workspace.id}`, { version: workspace.version });
});
