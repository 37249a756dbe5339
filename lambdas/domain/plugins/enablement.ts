import { Unprocessable } from '../errors';
import { type Plugin, type PluginVersion, type Requirement, summarize, type VersionSummary } from './model';
import type { PluginNode } from './requirements';

/**
 * Enabling a plugin in a workspace: it must have a version; a pinned version must exist; the workspace then
 * runs the pinned version (its requirements copied) or follows the latest, as far as `approved` allows.
 */

export interface EnablementPlan {
  /** What the requirement check judges: the plugin as it would be enabled. */
  target: PluginNode;
  pin: { version: string; requires: Requirement[] } | null;
  approved: VersionSummary;
}

/** The plugin's latest version, 422 when it has none yet. */
export const publishedLatest = (plugin: Plugin): { version: string; summary: VersionSummary } => {
  if (!plugin.latest_version || !plugin.latest) {
    throw new Unprocessable(
      'PLUGIN_NOT_PUBLISHED',
      `plugin ${plugin.name} has no version yet; register one with POST /api/plugins/${plugin.id}/versions`,
    );
  }
  return { version: plugin.latest_version, summary: plugin.latest };
};

/** `pinned`: the version `asked` for as read, null when none was asked or the plugin has no such version. */
export const planEnablement = (plugin: Plugin, asked: string | null | undefined, pinned: PluginVersion | null): EnablementPlan => {
  const latest = publishedLatest(plugin);
  if (asked && !pinned) {
    throw new Unprocessable(
      'PLUGIN_VERSION_NOT_FOUND',
      `plugin ${plugin.name} has no version ${asked}; see its versions with GET /api/plugins/${plugin.id}`,
      [{ field: 'version', issue: 'not found' }],
    );
  }
  const requires = pinned?.manifest.requires ?? latest.summary.requires;
  return {
    target: { name: plugin.name, plugin_id: plugin.id, version: pinned?.version ?? latest.version, requires, enabled: true },
    pin: pinned ? { version: pinned.version, requires } : null,
    approved: pinned ? summarize(pinned) : latest.summary,
  };
};
