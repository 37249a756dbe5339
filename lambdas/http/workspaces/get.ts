import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { accessWorkspace } from '../../use-cases/workspaces/authorize';
import { getWorkspace } from './routes';
import { workspaceView } from './views';

export const handler = httpHandler(getWorkspace, async ({ params, principal }) => {
  const { workspace, role } = await accessWorkspace(principal, params.ws);
  return ok({ workspace: workspaceView(workspace, role) }, { version: workspace.version });
});
