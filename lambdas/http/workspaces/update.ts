import { outboxPut } from '../../data/outbox';
import { updateWorkspace as storeUpdate } from '../../data/workspaces';
import { assertProviderAvailable } from '../../domain/model-access';
import { canManageWorkspace, OPERATOR_FIELDS } from '../../domain/workspaces';
import { Forbidden, VersionConflict } from '../../shared/errors';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { accessWorkspace } from '../../use-cases/workspaces/authorize';
import { updateWorkspace } from './routes';
import { workspaceView } from './views';

export const handler = httpHandler(updateWorkspace, async ({ params, body, principal, ifMatch }) => {
  const { workspace, role } = await accessWorkspace(principal, params.ws);
  const operatorOnly = OPERATOR_FIELDS.filter((field) => body[field] !== undefined);
  if (operatorOnly.length > 0 && !principal.platform_admin) {
    throw new Forbidden(
      `only platform operators may change ${operatorOnly.join(', ')}; ask support to change your plan`,
      'FORBIDDEN',
      operatorOnly.map((field) => ({ field, issue: 'platform operators only' })),
    );
  }
  if ((body.name !== undefined || body.default_llm !== undefined || body.four_eyes_approval !== undefined) && !canManageWorkspace(role)) {
    throw new Forbidden('only owners and admins may change the workspace settings');
  }
  if (body.default_llm) assertProviderAvailable(body.default_llm.provider);
  if (ifMatch !== undefined && ifMatch !== workspace.version) throw new VersionConflict(workspace.version);
  const { tier } = body;
  const events =
    tier && tier !== workspace.tier
      ? [outboxPut('workspace.tier_changed', workspace.id, { tier, previous_tier: workspace.tier, changed_by: principal.user_id })]
      : [];
  const updated = await storeUpdate(workspace, { ...body, updated_at: new Date().toISOString() }, events);
  return ok({ workspace: workspaceView(updated, role) }, { version: updated.version });
});
