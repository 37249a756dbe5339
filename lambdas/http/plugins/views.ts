import type { Enablement, Plugin, PluginVersion } from '../../domain/plugins/model';
import { runningVersion } from '../../domain/plugins/upgrade';

export const pluginView = (p: Plugin, callerWorkspace: string | null) => ({
  id: p.id,
  name: p.name,
  description: p.description,
  latest_version: p.latest_version,
  latest: p.latest,
  is_publisher: p.workspace_id === callerWorkspace,
  created_at: p.created_at,
  updated_at: p.updated_at,
});

export const versionView = (v: PluginVersion) => ({
  plugin_id: v.plugin_id,
  version: v.version,
  manifest: {
    name: v.manifest.name,
    version: v.manifest.version,
    description: v.manifest.description,
    skills: v.manifest.skills,
    commands: v.manifest.commands,
    tools: v.manifest.tools,
    requires: v.manifest.requires,
    requires_credentials: v.manifest.requires_credentials,
  },
  bundle: {
    format: v.bundle.format,
    bytes: v.bundle.bytes,
    sha256: v.bundle.sha256,
    entries: v.bundle.entries,
    uncompressed_bytes: v.bundle.uncompressed_bytes,
  },
  published_by: v.published_by,
  created_at: v.created_at,
});

export const enablementView = (e: Enablement, plugin: Plugin | undefined) => {
  const running = plugin ? runningVersion(plugin, e) : null;
  return {
    plugin_id: e.plugin_id,
    name: e.name,
    description: plugin?.description ?? '',
    pinned_version: e.pinned_version,
    version: running?.version ?? e.pinned_version,
    latest_version: plugin?.latest_version ?? null,
    upgrade_required: running?.held_back ?? [],
    assigned_agents: e.assigned_agents,
    enabled_by: e.enabled_by,
    enabled_at: e.enabled_at,
    updated_at: e.updated_at,
  };
};
