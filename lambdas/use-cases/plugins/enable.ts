import { getPluginVersion } from '../../data/plugins';
import { enablePlugin } from '../../data/plugins-enablement';
import { loadRequirementGraph } from '../../data/plugins-requirements';
import { planEnablement, publishedLatest } from '../../domain/plugins/enablement';
import type { Enablement, Plugin } from '../../domain/plugins/model';
import { assertRequirementsMet } from '../../domain/plugins/requirements';
import type { Principal } from '../../shared/principal';
import { pluginInManagedWorkspace } from './authorize-in-workspace';

/**
 * Enabling a plugin in a workspace, the primary course:
 * 1. the caller manages the workspace (owners and admins) and sees the plugin (named by id, it is read beside
 *    the workspace);
 * 2. the plugin has a version, and the pinned one, when asked for, exists (domain/plugins/enablement.ts);
 * 3. what it requires is enabled in the workspace, without a cycle (domain/plugins/requirements.ts);
 * 4. the enablement is stored, pinned or following the latest.
 */
export const enableWorkspacePlugin = async (
  principal: Principal,
  workspaceId: string,
  ref: string,
  version: string | null | undefined,
): Promise<{ enablement: Enablement; plugin: Plugin }> => {
  const plugin = await pluginInManagedWorkspace(principal, workspaceId, ref, 'enable plugins');
  // An unpublished plugin answers 422 before a pinned version is looked for.
  publishedLatest(plugin);
  const plan = planEnablement(plugin, version, version ? await getPluginVersion(plugin.id, version) : null);
  const graph = await loadRequirementGraph(
    workspaceId,
    plan.target.requires.map((r) => r.name),
  );
  assertRequirementsMet(plan.target, graph);
  const by = principal.email || principal.user_id;
  return { enablement: await enablePlugin(workspaceId, plugin, plan.pin, plan.approved, by, new Date().toISOString()), plugin };
};
