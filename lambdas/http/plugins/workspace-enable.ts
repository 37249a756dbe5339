import { getPluginVersion } from '../../data/plugins';
import { enablePlugin } from '../../data/plugins-enablement';
import { loadRequirementGraph } from '../../data/plugins-requirements';
import { summarize } from '../../domain/plugins/model';
import { assertRequirementsMet } from '../../domain/plugins/requirements';
import { canManageWorkspace } from '../../domain/workspaces';
import { Unprocessable } from '../../domain/errors';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { accessWorkspace, requireRole } from '../workspaces/access';
import { visiblePlugin } from './access';
import { enablementView } from './views';
import { enableWorkspacePlugin } from './workspace-routes';

export const handler = httpHandler(enableWorkspacePlugin, async ({ params, body, principal }) => {
  requireRole(await accessWorkspace(principal, params.ws), canManageWorkspace, 'enable plugins');
  const plugin = await visiblePlugin(principal, params.plugin);
  if (!plugin.latest_version || !plugin.latest) {
    throw new Unprocessable(
      'PLUGIN_NOT_PUBLISHED',
      `plugin ${plugin.name} has no version yet; register one with POST /api/plugins/${plugin.id}/versions`,
    );
  }
  const pinned = body.version ? await getPluginVersion(plugin.id, body.version) : null;
  if (body.version && !pinned) {
    throw new Unprocessable(
      'PLUGIN_VERSION_NOT_FOUND',
      `plugin ${plugin.name} has no version ${body.version}; see its versions with GET /api/plugins/${plugin.id}`,
      [{ field: 'version', issue: 'not found' }],
    );
  }
  const requires = pinned?.manifest.requires ?? plugin.latest.requires;
  const target = { name: plugin.name, plugin_id: plugin.id, version: pinned?.version ?? plugin.latest_version, requires, enabled: true };
  assertRequirementsMet(
    target,
    await loadRequirementGraph(
      params.ws,
      requires.map((r) => r.name),
    ),
  );
  const pin = pinned ? { version: pinned.version, requires } : null;
  const approved = pinned ? summarize(pinned) : plugin.latest;
  const enablement = await enablePlugin(params.ws, plugin, pin, approved, principal.email || principal.user_id, new Date().toISOString());
  return ok({ plugin: enablementView(enablement, plugin) });
});
