import { RISKS, type Risk } from '../governance';
import type { Enablement, Plugin, Requirement, VersionSummary } from './model';

/**
 * Which version an enabled plugin runs (API10, supply chain). A pin runs the pinned version. A
 * workspace that follows the latest version runs it only while it asks for nothing more than the
 * version an admin last approved (by enabling, pinning or upgrading): a tool of higher risk, a tool
 * endpoint on a new origin or ARN, or a new required credential holds the workspace at the approved
 * version until an owner or admin enables the plugin again (an explicit upgrade).
 */

export type Escalation = 'tool_risk' | 'endpoint' | 'requires_credentials';

const rank = (risk: Risk) => RISKS.indexOf(risk);

export const escalations = (approved: VersionSummary, candidate: VersionSummary): Escalation[] => {
  const approvedRisk = new Map(approved.tools.map((t) => [t.name, rank(t.risk)]));
  const highest = Math.max(-1, ...approved.tools.map((t) => rank(t.risk)));
  const endpoints = new Set(approved.tools.flatMap((t) => (t.endpoint ? [t.endpoint] : [])));
  const credentials = new Set(approved.requires_credentials);
  const found: Escalation[] = [];
  if (candidate.tools.some((t) => rank(t.risk) > (approvedRisk.get(t.name) ?? highest))) found.push('tool_risk');
  if (candidate.tools.some((t) => t.endpoint && !endpoints.has(t.endpoint))) found.push('endpoint');
  if (candidate.requires_credentials.some((c) => !credentials.has(c))) found.push('requires_credentials');
  return found;
};

export interface Running {
  version: string;
  requires: Requirement[];
  /** Why the latest version is not the one running (empty when it is, or when pinned). */
  held_back: Escalation[];
}

type PluginRelease = Pick<Plugin, 'latest_version' | 'latest'>;
type EnablementChoice = Pick<Enablement, 'pinned_version' | 'pinned_requires' | 'approved'>;

export const runningVersion = (plugin: PluginRelease, enablement: EnablementChoice | null): Running | null => {
  if (enablement?.pinned_version) return { version: enablement.pinned_version, requires: enablement.pinned_requires ?? [], held_back: [] };
  if (!plugin.latest_version || !plugin.latest) return null;
  const latest = { version: plugin.latest_version, requires: plugin.latest.requires, held_back: [] };
  if (!enablement?.approved) return latest;
  const held = escalations(enablement.approved, plugin.latest);
  return held.length === 0 ? latest : { version: enablement.approved.version, requires: enablement.approved.requires, held_back: held };
};

/** The version an enabled plugin runs at (the latest for a plugin that is not enabled). */
export const effectiveVersion = (plugin: PluginRelease, enablement: EnablementChoice | null): string | null =>
  runningVersion(plugin, enablement)?.version ?? null;
