import type { Agent } from '../agents/model';
import type { Mount, PublishedFolder } from './model';

/**
 * Mounted folders in the mounting agent's files. A folder another agent of the workspace publishes,
 * once mounted, appears at `mounts/<publisher-slug>/<folder>/`: its files are the publisher's, read
 * (and, for a folder published with `write` access, changed) through that path. `mounts/` belongs
 * to the mounts: a path there that no current mount resolves is not found, like a missing file.
 * Pure: the caller reads the state (the consumer's mounts as stored now, the publishers, their
 * folders) on every request, so unmounting or unpublishing takes effect at once.
 */

export const MOUNTS_FOLDER = 'mounts';

/** Whether a normalised path lies in the mounts' part of an agent's files. */
export const isMountsPath = (path: string): boolean => path === MOUNTS_FOLDER || path.startsWith(`${MOUNTS_FOLDER}/`);

/** `mounts/<slug>/<folder>/<rest>` in parts (`rest` empty for the folder itself); null when the path names no folder under `mounts/`. */
export const mountedPathRef = (path: string): { slug: string; folder: string; rest: string } | null => {
  const [top, slug, folder, ...rest] = path.split('/');
  if (top !== MOUNTS_FOLDER || !slug || !folder) return null;
  return { slug, folder, rest: rest.join('/') };
};

export type MountMode = 'read-only' | 'read-write';

export interface MountTarget {
  /** The publishing agent: the files are its own. */
  publisherId: string;
  /** The mounted folder in the publisher's files, ending in `/`. */
  root: string;
  /** The path in the publisher's files. */
  path: string;
  /** Where the folder appears in the consumer's files, ending in `/`. */
  mountedAt: string;
  mode: MountMode;
}

/** What a resolution reads, as it is now. */
export interface MountState {
  consumer: Pick<Agent, 'id' | 'workspace_id'>;
  mounts: readonly Pick<Mount, 'from_agent_id' | 'name'>[];
  publishers: readonly Pick<Agent, 'id' | 'slug' | 'workspace_id' | 'status'>[];
  folders: readonly (Pick<PublishedFolder, 'name' | 'path' | 'access'> & { agent_id: string; workspace_id: string })[];
}

/**
 * The publisher's file a consumer's path under `mounts/` stands for, or null (not found) when the
 * path names no folder the consumer mounts now: never mounted or unmounted, no longer published,
 * its publisher deleted or renamed away from that slug, or anything of another workspace.
 */
export const resolveMountedPath = (path: string, state: MountState): MountTarget | null => {
  const ref = mountedPathRef(path);
  if (!ref) return null;
  const { workspace_id: workspaceId, id: consumerId } = state.consumer;
  const publisher = state.publishers.find(
    (a) => a.slug === ref.slug && a.workspace_id === workspaceId && a.status !== 'deleted' && a.id !== consumerId,
  );
  if (!publisher || !state.mounts.some((m) => m.from_agent_id === publisher.id && m.name === ref.folder)) return null;
  const folder = state.folders.find((f) => f.agent_id === publisher.id && f.name === ref.folder && f.workspace_id === workspaceId);
  if (!folder) return null;
  const root = `${folder.path}/`;
  return {
    publisherId: publisher.id,
    root,
    path: `${root}${ref.rest}`,
    mountedAt: `${MOUNTS_FOLDER}/${ref.slug}/${ref.folder}/`,
    mode: folder.access === 'write' ? 'read-write' : 'read-only',
  };
};

/** Each folder the consumer mounts now, resolved, in the order of its mounts. */
export const mountTargets = (state: MountState): MountTarget[] =>
  state.mounts.flatMap((m) => {
    const publisher = state.publishers.find((a) => a.id === m.from_agent_id);
    return publisher ? (resolveMountedPath(`${MOUNTS_FOLDER}/${publisher.slug}/${m.name}/`, state) ?? []) : [];
  });

/** Where each folder the consumer mounts now appears (`mounts/<slug>/<folder>/`), by path. */
export const mountedFolders = (state: MountState): string[] =>
  mountTargets(state)
    .map((t) => t.mountedAt)
    .sort();

/**
 * The folder entries a one-level listing of `prefix` shows for the mounted folders below it: the
 * first level under the prefix of each mount's path (`mounts/` for the root, `mounts/<slug>/` for `mounts/`).
 */
export const mountEntriesUnder = (prefix: string, mounted: readonly string[]): string[] => [
  ...new Set(
    mounted
      .filter((at) => at.startsWith(prefix) && at !== prefix)
      .map((at) => `${prefix}${at.slice(prefix.length, at.indexOf('/', prefix.length) + 1)}`),
  ),
];
