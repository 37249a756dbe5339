import { outboxPut } from '../../data/outbox';
import * as workspaces from '../../data/workspaces';
import { assertProviderAvailable } from '../../domain/model-access';
import { fieldsRefused, type Role, type Workspace } from '../../domain/workspaces';
import { Forbidden, VersionConflict } from '../../domain/errors';
import type { Principal } from '../../shared/principal';
import { accessWorkspace } from './authorize';

/**
 * Updating a workspace, the primary course:
 * 1. the caller is a member (or a platform operator);
 * 2. what they may change (domain/workspaces.ts `fieldsRefused`): plan fields are operators', settings owners' and admins';
 * 3. a default model's provider must be usable here, and `If-Match` must hold;
 * 4. save, with `workspace.tier_changed` when the tier changes.
 */
export const updateWorkspace = async (
  principal: Principal,
  workspaceId: string,
  changes: Partial<Workspace>,
  ifMatch: number | undefined,
): Promise<{ workspace: Workspace; role: Role | null }> => {
  const { workspace, role } = await accessWorkspace(principal, workspaceId);
  const refused = fieldsRefused(principal, role, changes);
  if (refused.operator.length > 0) {
    throw new Forbidden(
      `only platform operators may change ${refused.operator.join(', ')}; ask support to change your plan`,
      'FORBIDDEN',
      refused.operator.map((field) => ({ field, issue: 'platform operators only' })),
    );
  }
  if (refused.settings) throw new Forbidden('only owners and admins may change the workspace settings');
  if (changes.default_llm) assertProviderAvailable(changes.default_llm.provider);
  if (ifMatch !== undefined && ifMatch !== workspace.version) throw new VersionConflict(workspace.version);
  const { tier } = changes;
  const events =
    tier && tier !== workspace.tier
      ? [outboxPut('workspace.tier_changed', workspace.id, { tier, previous_tier: workspace.tier, changed_by: principal.user_id })]
      : [];
  const updated = await workspaces.updateWorkspace(workspace, { ...changes, updated_at: new Date().toISOString() }, events);
  return { workspace: updated, role };
};
