import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { updateWorkspace } from '../../use-cases/workspaces/update';
import * as routes from './routes';
import { workspaceView } from './views';

export const handler = httpHandler(routes.updateWorkspace, async ({ params, body, principal, ifMatch }) => {
  const { workspace, role } = await updateWorkspace(principal, params.ws, body, ifMatch);
  return ok({ workspace: workspaceView(workspace, role) }, { version: workspace.version });
});
