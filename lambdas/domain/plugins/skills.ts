import type { Enablement, Plugin } from './model';
import { runningVersion } from './upgrade';

/** A skill an agent has through one of its plugins (API.md: the agent's `skills`, from the manifests). */
export interface AssignedSkill {
  plugin_id: string;
  name: string;
}

/**
 * The skill names of the version an enabled plugin runs (upgrade.ts). That version is the latest or
 * the approved one (a pin is approved when it is made), and both summaries are at hand.
 */
export const runningSkills = (
  plugin: Pick<Plugin, 'latest_version' | 'latest'>,
  enablement: Pick<Enablement, 'pinned_version' | 'pinned_requires' | 'approved'> | null,
): string[] => {
  const running = runningVersion(plugin, enablement);
  if (!running) return [];
  return [plugin.latest, enablement?.approved].find((summary) => summary?.version === running.version)?.skills ?? [];
};

/** The skills of the plugins still assigned, in priority order: a plugin removed later takes its skills with it. */
export const skillsOf = (pluginIds: readonly string[], skills: readonly AssignedSkill[]): AssignedSkill[] =>
  pluginIds.flatMap((id) => skills.filter((s) => s.plugin_id === id));
