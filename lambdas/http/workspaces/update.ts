import { updateWorkspace as storeUpdate } from '../../data/workspaces';
import { canManageWorkspace } from '../../domain/workspaces';
import { Forbidden } from '../../shared/errors';
import { publish } from '../../shared/events';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { accessWorkspace } from './access';
import { updateWorkspace } from './routes';
import { workspaceView } from './views';

export const handler = httpHandler(updateWorkspace, async ({ params, body, principal, ifMatch }) => {
  const { workspace, role } = await accessWorkspace(principal, params.ws);
  if (body.tier !== undefined && !principal.platform_admin) throw new Forbidden('only platform operators may change a workspace tier');
  if (body.monthly_budget_usd !== undefined && !principal.platform_admin) throw new Forbidden('only platform operators may change the monthly spend budget');
  if (body.agent_limit_override !== undefined && role !== 'owner' && !principal.platform_admin) {
    throw new Forbidden('only owners may override the agent limit');
  }
  if ((body.name !== undefined || body.default_llm !== undefined) && !canManageWorkspace(role)) {
    throw new Forbidden('only owners and admins may change the workspace settings');
  }
  const updated = await storeUpdate(workspace.id, ifMatch ?? workspace.version, { ...body, updated_at: new Date().toISOString() });
  if (updated.tier !== workspace.tier) {
    await publish('workspace.tier_changed', workspace.id, { tier: updated.tier, previous_tier: workspace.tier, changed_by: principal.user_id });
  }
  return ok({ workspace: workspaceView(updated, role) }, { version: updated.version });
});
