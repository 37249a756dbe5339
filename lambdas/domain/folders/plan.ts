import { type ErrorDetail, InvalidInput } from '../errors';
import { type FolderConfig, type Mount, mountId, type PublishedFolder } from './model';
import { pathsOverlap } from './paths';

/** Replacing an agent's folder configuration: what the request may hold, and what changes against the stored one. Pure. */

/**
 * One name per published folder; one mount per folder of another agent; mount paths that neither
 * repeat nor nest (a folder cannot appear inside another mount). Mounts carry resolved agent ids, so a
 * slug and an id naming the same agent count as the same. Answers 400 naming every offending entry.
 */
export const assertDistinct = (config: FolderConfig): void => {
  const details: ErrorDetail[] = [];
  config.publish.forEach((folder, i) => {
    const first = config.publish.findIndex((f) => f.name === folder.name);
    if (first < i) details.push({ field: `publish.${i}.name`, issue: `repeats publish.${first}.name; folder names are unique per agent` });
  });
  config.mount.forEach((mount, i) => {
    const first = config.mount.findIndex((m) => mountId(m) === mountId(mount));
    if (first < i) details.push({ field: `mount.${i}`, issue: `mounts the same folder as mount.${first}` });
    const overlapping = config.mount.findIndex((m, j) => j < i && pathsOverlap(m.mount_path, mount.mount_path));
    if (overlapping >= 0) details.push({ field: `mount.${i}.mount_path`, issue: `overlaps mount.${overlapping}.mount_path` });
  });
  if (details.length > 0) throw new InvalidInput('the folder configuration repeats or nests entries; see details', details);
};

export interface FolderChange {
  publishAdded: PublishedFolder[];
  /** Kept names whose path or access changed. */
  publishChanged: { before: PublishedFolder; after: PublishedFolder }[];
  publishRemoved: PublishedFolder[];
  mountsAdded: Mount[];
  mountsRemoved: Mount[];
  /**
   * Whether the change can add a write edge to the workspace's folder graph, so may close a cycle: a
   * new mount, or a kept folder turned from read to write (its consumers now write into this agent).
   * Removals and downgrades never can.
   */
  addsEdges: boolean;
}

export const planFolderChange = (current: FolderConfig, desired: FolderConfig): FolderChange => {
  const before = new Map(current.publish.map((f) => [f.name, f]));
  const after = new Map(desired.publish.map((f) => [f.name, f]));
  const mountedBefore = new Set(current.mount.map(mountId));
  const mountedAfter = new Set(desired.mount.map(mountId));
  const publishChanged = desired.publish
    .filter((f) => before.has(f.name))
    .map((f) => ({ before: before.get(f.name) as PublishedFolder, after: f }))
    .filter(({ before: b, after: a }) => b.path !== a.path || b.access !== a.access);
  const mountsAdded = desired.mount.filter((m) => !mountedBefore.has(mountId(m)));
  return {
    publishAdded: desired.publish.filter((f) => !before.has(f.name)),
    publishChanged,
    publishRemoved: current.publish.filter((f) => !after.has(f.name)),
    mountsAdded,
    mountsRemoved: current.mount.filter((m) => !mountedAfter.has(mountId(m))),
    addsEdges: mountsAdded.length > 0 || publishChanged.some((c) => c.before.access === 'read' && c.after.access === 'write'),
  };
};
