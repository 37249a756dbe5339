import { type PluginItems, readPluginItems } from '../../data/plugin-items';
import { pluginIdsByName } from '../../data/plugins';
import { idPattern } from '../../domain/ids';
import { withoutDuplicates } from '../../domain/plugins/assignment';
import { type AssignedSkill, runningSkills } from '../../domain/plugins/skills';
import { Unprocessable } from '../../domain/errors';

/** The plugins an agent may be given, with the items they were judged by (read consistently). */
export interface AssignablePlugins extends PluginItems {
  pluginIds: string[];
  skills: AssignedSkill[];
}

/**
 * Turns the requested plugin references (ids or names) into plugin ids the agent may be given, in
 * the order asked, duplicates dropped keeping the first. References to no plugin (or to another
 * workspace's unpublished one, which must look the same) and plugins not enabled in the workspace
 * answer 422 PLUGIN_NOT_ENABLED naming every one of them. With the ids come the skills of the
 * versions they run, which the assignment keeps so that reading the agent needs no plugin reads, and the
 * plugins' items as read, so that the health stored with the assignment and the answer come from the
 * same consistent read.
 */
export const assignablePlugins = async (workspaceId: string, refs: readonly string[]): Promise<AssignablePlugins> => {
  const names = refs.filter((r) => !idPattern('plg').test(r)).map((r) => r.toLowerCase());
  const idsByName = await pluginIdsByName(names);
  const idOf = (ref: string) => (idPattern('plg').test(ref) ? ref : idsByName.get(ref.toLowerCase()));
  const candidates = withoutDuplicates(refs.flatMap((r) => idOf(r) ?? []));
  const { plugins, enablements } = await readPluginItems(workspaceId, candidates, true);
  const unknown = refs.filter((r) => {
    const plugin = plugins.get(idOf(r) ?? '');
    return !plugin || (!plugin.latest_version && plugin.workspace_id !== workspaceId);
  });
  // API.md: every id must exist and be enabled, else 422; a plugin that does not exist is not enabled here either.
  if (unknown.length > 0) {
    throw new Unprocessable(
      'PLUGIN_NOT_ENABLED',
      `${unknown.join(', ')} ${unknown.length > 1 ? 'name' : 'names'} no plugin this workspace can enable; see GET /api/plugins`,
      unknown.map((ref) => ({ field: 'plugin_ids', issue: 'no such plugin', plugin_id: ref })),
    );
  }
  const disabled = candidates.filter((id) => !enablements.has(id));
  if (disabled.length > 0) {
    const names = disabled.map((id) => plugins.get(id)?.name ?? id);
    throw new Unprocessable(
      'PLUGIN_NOT_ENABLED',
      `${names.join(', ')} ${names.length > 1 ? 'are' : 'is'} not enabled in this workspace; ` +
        `enable with PUT /api/workspaces/${workspaceId}/plugins/{plugin} first`,
      disabled.map((id) => ({ field: 'plugin_ids', issue: 'not enabled', plugin_id: id, name: plugins.get(id)?.name })),
    );
  }
  return {
    pluginIds: candidates,
    plugins,
    enablements,
    skills: candidates.flatMap((id) => {
      const plugin = plugins.get(id);
      return plugin ? runningSkills(plugin, enablements.get(id) ?? null).map((name) => ({ plugin_id: id, name })) : [];
    }),
  };
};
