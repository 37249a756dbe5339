import type { Risk } from '../governance';

/**
 * Plugins (API.md §2): published once into a marketplace every workspace sees, versioned by the
 * bundles their publisher registers, enabled per workspace and assigned to agents in priority order.
 */

export interface DocEntry {
  name: string;
  description: string;
  file: string;
}

export interface ToolDefinition {
  name: string;
  description: string;
  input_schema: Record<string, unknown>;
  risk: Risk;
  /** An HTTPS URL or a Lambda function ARN that runs the tool; absent for tools the platform provides. */
  endpoint?: string;
}

export interface Requirement {
  /** Another plugin's name. */
  name: string;
  /** A semver range its enabled version must satisfy. */
  version: string;
}

/** plugin.json, as validated. */
export interface PluginManifest {
  name: string;
  version: string;
  description: string;
  skills: DocEntry[];
  commands: DocEntry[];
  tools: ToolDefinition[];
  requires: Requirement[];
  requires_credentials: string[];
  author?: string;
  homepage?: string;
  license?: string;
  keywords?: string[];
}

/** A registered version: the manifest and the text of every document it names, so nothing re-reads the bundle. */
export interface PluginVersion {
  plugin_id: string;
  version: string;
  manifest: PluginManifest;
  /** Markdown by `skills[].name` / `commands[].name`. */
  docs: { skills: Record<string, string>; commands: Record<string, string> };
  bundle: { key: string; format: 'zip' | 'tar.gz'; bytes: number; sha256: string; entries: number; uncompressed_bytes: number };
  published_by: string;
  created_at: string;
}

/** What the marketplace shows of a plugin's latest version. */
export interface VersionSummary {
  version: string;
  description: string;
  skills: string[];
  commands: string[];
  /**
   * `endpoint` is where the tool runs (an https origin or a Lambda ARN); absent for
   * platform tools and on versions summarized before it was kept.
   */
  tools: { name: string; risk: Risk; endpoint?: string }[];
  requires: Requirement[];
  requires_credentials: string[];
  published_at: string;
}

export interface Plugin {
  id: string;
  name: string;
  description: string;
  /** The publishing workspace: the only one that may add versions. */
  workspace_id: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  /** null until the first version is registered; the plugin is in the marketplace from then on. */
  latest_version: string | null;
  latest: VersionSummary | null;
  version: number;
}

/** A plugin enabled in a workspace. */
export interface Enablement {
  workspace_id: string;
  plugin_id: string;
  name: string;
  /** null: follow the plugin's latest version, as far as it asks for nothing more than `approved` (see upgrade.ts). */
  pinned_version: string | null;
  /** The version an admin last enabled, pinned or upgraded to: what following the latest is measured against. */
  approved?: VersionSummary;
  /** The pinned version's requirements (versions never change, so they are copied here); null when not pinned. */
  pinned_requires: Requirement[] | null;
  /** Agents of the workspace it is assigned to. */
  assigned_agents: number;
  enabled_by: string;
  enabled_at: string;
  updated_at: string;
}

export const summarize = (v: Pick<PluginVersion, 'manifest' | 'created_at'>): VersionSummary => ({
  version: v.manifest.version,
  description: v.manifest.description,
  skills: v.manifest.skills.map((s) => s.name),
  commands: v.manifest.commands.map((c) => c.name),
  tools: v.manifest.tools.map((t) => ({ name: t.name, risk: t.risk, ...(t.endpoint ? { endpoint: endpointOrigin(t.endpoint) } : {}) })),
  requires: v.manifest.requires,
  requires_credentials: v.manifest.requires_credentials,
  published_at: v.created_at,
});

/** Where a tool runs, without path or query: a change of origin is a new endpoint, a new path on it is not. */
const endpointOrigin = (endpoint: string): string => (endpoint.startsWith('https://') ? new URL(endpoint).origin : endpoint);
