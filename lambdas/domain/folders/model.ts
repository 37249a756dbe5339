/**
 * Shared folders (API.md §2 Agents, `/folders`): an agent publishes folders of its file area under a
 * name, with `read` or `write` access, and mounts folders other agents of its workspace publish.
 * Mounting a `write` folder lets the mounting agent write into the publisher's files.
 */

export const FOLDER_ACCESS = ['read', 'write'] as const;
export type FolderAccess = (typeof FOLDER_ACCESS)[number];

/** A folder name is part of keys and paths: lowercase letters, digits, `_` and `-`, 1–64 characters. */
export const FOLDER_NAME_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/**
 * At most this many published folders and mounts per agent. Replacing a whole configuration is one
 * transaction, and DynamoDB takes at most 100 items in one: (20 + 20) folder items and (20 + 20) mount
 * changes in the worst case, plus the configuration itself and the workspace's folder-graph version.
 */
export const MAX_PUBLISHED_FOLDERS = 20;
export const MAX_MOUNTS = 20;

export interface PublishedFolder {
  name: string;
  /** Normalised, relative to the publisher's file area. */
  path: string;
  access: FolderAccess;
}

export interface Mount {
  /** Always an id once stored; the API also accepts a slug on input. */
  from_agent_id: string;
  name: string;
  /** Normalised, relative to the mounting agent's file area. */
  mount_path: string;
}

export interface FolderConfig {
  publish: PublishedFolder[];
  mount: Mount[];
}

/** A mount as a request names it: the publisher by id or slug, resolved to its id before anything is stored. */
export interface MountRequest {
  from_agent: string;
  name: string;
  mount_path: string;
}

/** A whole configuration as `PUT …/folders` sends it. */
export interface FolderConfigRequest {
  publish: PublishedFolder[];
  mount: MountRequest[];
}

/** What the agent's configuration says; version 0 before its first PUT. */
export interface StoredFolderConfig extends FolderConfig {
  agent_id: string;
  workspace_id: string;
  version: number;
  updated_at: string | null;
}

export const emptyFolderConfig = (agentId: string, workspaceId: string): StoredFolderConfig => ({
  agent_id: agentId,
  workspace_id: workspaceId,
  publish: [],
  mount: [],
  version: 0,
  updated_at: null,
});

/** A mount's identity: one agent mounts one folder of another at most once. */
export const mountId = (m: Pick<Mount, 'from_agent_id' | 'name'>): string => `${m.from_agent_id}/${m.name}`;
