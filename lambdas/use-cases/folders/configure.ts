import {
  folderConfigRead,
  folderGraphVersion,
  getAgentsByIds,
  getFolderConfig,
  getFolderConfigs,
  getPublishedFolders,
  publishedFoldersOf,
  type PublishedFolderRecord,
} from '../../data/agent-folders';
import { saveFolderConfig } from '../../data/agent-folders-save';
import { canManage } from '../../domain/agents/access';
import type { Agent } from '../../domain/agents/model';
import { findWriteCycle } from '../../domain/folders/cycles';
import {
  emptyFolderConfig,
  type FolderConfig,
  type FolderConfigRequest,
  type Mount,
  type MountRequest,
  mountId,
  type StoredFolderConfig,
} from '../../domain/folders/model';
import { assertDistinct, type FolderChange, planFolderChange } from '../../domain/folders/plan';
import { Conflict, Forbidden, Unprocessable, VersionConflict } from '../../domain/errors';
import type { Principal } from '../../shared/principal';
import { retryOnConflict } from '../../shared/retry-conflict';
import { accessTo, loadAgentWith } from '../agents/authorize';
import { consumersOf } from './find-consumers';
import { readableAgentsByRef } from './authorize';

/**
 * Configuring an agent's folders (`PUT /api/agents/{agent}/folders`), the primary course:
 * 1. read the agent and its stored configuration together (`If-Match`), and plan the change (domain/folders/plan.ts);
 * 2. every added mount is published, and one published for writing needs manage access to its publisher;
 * 3. a folder no longer published has no live consumer, and no write mount closes a cycle;
 * 4. write it in one transaction whose conditions hold every fact the checks relied on.
 * When a condition fails because something moved meanwhile, the checks run again on a fresh reading.
 */

const ATTEMPTS = 3;

/** Mount entries name agents by id or slug; stored mounts always by id. Unknown, unreadable or own agents: 422. */
const resolveMounts = async (principal: Principal, agent: Agent, mounts: readonly MountRequest[]): Promise<Mount[]> => {
  const agents = await readableAgentsByRef(
    principal,
    agent.workspace_id,
    mounts.map((m) => m.from_agent),
  );
  const unknown = mounts.flatMap((m, i) =>
    agents.has(m.from_agent)
      ? []
      : [{ field: `mount.${i}.from_agent`, issue: 'no such agent in this workspace', from_agent: m.from_agent }],
  );
  if (unknown.length > 0) {
    throw new Unprocessable(
      'MOUNT_AGENT_NOT_FOUND',
      'a mount names an agent that does not exist in this workspace or that you cannot read; see details',
      unknown,
    );
  }
  const own = mounts.flatMap((m, i) =>
    agents.get(m.from_agent)?.id === agent.id ? [{ field: `mount.${i}.from_agent`, issue: 'is this agent' }] : [],
  );
  if (own.length > 0) {
    throw new Unprocessable('MOUNT_OWN_FOLDER', `agent ${agent.slug} cannot mount its own folders; use their paths directly`, own);
  }
  return mounts.map((m) => ({ from_agent_id: (agents.get(m.from_agent) as Agent).id, name: m.name, mount_path: m.mount_path }));
};

const assertPublished = (desired: FolderConfig, added: readonly Mount[], folders: ReadonlyMap<string, PublishedFolderRecord>): void => {
  const addedIds = new Set(added.map(mountId));
  const missing = desired.mount.flatMap((m, i) =>
    addedIds.has(mountId(m)) && !folders.has(mountId(m))
      ? [{ field: `mount.${i}`, issue: 'not published', from_agent: m.from_agent_id, name: m.name }]
      : [],
  );
  if (missing.length > 0) {
    throw new Unprocessable(
      'FOLDER_NOT_PUBLISHED',
      'a mounted folder is not published by that agent; see details, and GET …/folders/available for what is',
      missing,
    );
  }
};

/**
 * A new mount of a folder published for writing lets this agent change the publisher's files, so it
 * takes manage access to the publisher (what changing its files through the files API takes): 403
 * naming the mounts otherwise. Read access, checked with the agents, is enough for a read folder.
 */
const assertMayWriteInto = async (
  principal: Principal,
  agent: Agent,
  desired: FolderConfig,
  added: readonly Mount[],
  folders: ReadonlyMap<string, PublishedFolderRecord>,
): Promise<void> => {
  const writable = new Set(added.filter((m) => folders.get(mountId(m))?.access === 'write').map(mountId));
  if (writable.size === 0) return;
  const publishers = await getAgentsByIds(
    agent.workspace_id,
    desired.mount.filter((m) => writable.has(mountId(m))).map((m) => m.from_agent_id),
  );
  const mayManage = async (id: string) => {
    const publisher = publishers.get(id);
    return publisher !== undefined && canManage(await accessTo(principal, publisher));
  };
  const checked = await Promise.all(
    desired.mount.map(async (m, i) =>
      !writable.has(mountId(m)) || (await mayManage(m.from_agent_id))
        ? []
        : [
            {
              field: `mount.${i}`,
              issue: 'published for writing: needs manage access to the publishing agent',
              from_agent: m.from_agent_id,
              name: m.name,
            },
          ],
    ),
  );
  const refused = checked.flat();
  if (refused.length > 0) {
    throw new Forbidden(
      "mounting a folder published for writing lets this agent change the publisher's files, " +
        'which takes manage access to the publishing agent; see details',
      'FORBIDDEN',
      refused,
    );
  }
};

/** Folders to unpublish must have no live consumer (409 with them); answers the stale consumers the delete may ignore. */
const assertNotInUse = async (agent: Agent, change: FolderChange): Promise<Map<string, string[]>> => {
  if (change.publishRemoved.length === 0) return new Map();
  const removed = new Set(change.publishRemoved.map((f) => f.name));
  const { live, stale } = await consumersOf(
    agent,
    (await publishedFoldersOf(agent.id)).filter((f) => removed.has(f.name)),
  );
  if (live.length > 0) {
    const byFolder = [...new Set(live.map((c) => c.folder.name))];
    throw new Conflict(
      'FOLDER_IN_USE',
      `${byFolder.join(', ')} ${byFolder.length > 1 ? 'are' : 'is'} still mounted by other agents; ` +
        'they must unmount first (GET …/folders/consumers lists them)',
      byFolder.map((name) => ({
        field: 'publish',
        issue: 'still mounted',
        folder: name,
        consumers: live
          .filter((c) => c.folder.name === name)
          .map((c) => c.agent.id)
          .sort(),
      })),
    );
  }
  return stale;
};

/** The folder-graph version the check read; 422 MOUNT_CYCLE when the new configuration closes a write cycle. */
const assertNoWriteCycle = async (agent: Agent, desired: FolderConfig): Promise<number> => {
  const version = await folderGraphVersion(agent.workspace_id);
  const cycle = await findWriteCycle(agent.id, desired, (ids) => getFolderConfigs(ids));
  if (cycle) {
    const viaMount = desired.mount.findIndex((m) => m.from_agent_id === cycle[1]);
    throw new Unprocessable(
      'MOUNT_CYCLE',
      `this configuration closes a cycle of write mounts: ${cycle.join(' → ')}; mount one of them read-only or drop a mount`,
      [{ field: viaMount >= 0 ? `mount.${viaMount}` : 'publish', issue: 'closes a write cycle', cycle }],
    );
  }
  return version;
};

const saveOnce = async (
  principal: Principal,
  agent: Agent,
  desired: FolderConfig,
  ifMatch: number | undefined,
  /** The configuration read beside the agent, for the first attempt; a retry reads it again. */
  read: StoredFolderConfig | null,
): Promise<StoredFolderConfig> => {
  const current = read ?? (await getFolderConfig(agent));
  if (ifMatch !== undefined && ifMatch !== current.version) throw new VersionConflict(current.version);
  const change = planFolderChange(current, desired);
  const mounted = await getPublishedFolders([...change.mountsAdded, ...change.mountsRemoved]);
  assertPublished(desired, change.mountsAdded, mounted);
  await assertMayWriteInto(principal, agent, desired, change.mountsAdded, mounted);
  const staleConsumers = await assertNotInUse(agent, change);
  const graphVersion = change.addsEdges ? await assertNoWriteCycle(agent, desired) : null;
  const now = new Date().toISOString();
  await saveFolderConfig({
    agent,
    config: desired,
    change,
    readVersion: current.version,
    clientVersioned: ifMatch !== undefined,
    mountedAccess: new Map(change.mountsAdded.map((m) => [mountId(m), (mounted.get(mountId(m)) as PublishedFolderRecord).access])),
    vanished: new Set(change.mountsRemoved.map(mountId).filter((id) => !mounted.has(id))),
    staleConsumers,
    graphVersion,
    now,
    updatedBy: principal.user_id,
  });
  return { ...current, ...desired, version: current.version + 1, updated_at: now };
};

export const configureFolders = async (
  principal: Principal,
  ref: string,
  body: FolderConfigRequest,
  ifMatch: number | undefined,
): Promise<StoredFolderConfig> => {
  const { agent, item } = await loadAgentWith(principal, ref, 'manage', folderConfigRead, true);
  const desired: FolderConfig = { publish: body.publish, mount: await resolveMounts(principal, agent, body.mount) };
  assertDistinct(desired);
  let firstRead: StoredFolderConfig | null = item ?? emptyFolderConfig(agent.id, agent.workspace_id);
  return retryOnConflict('CONCURRENT_MODIFICATION', ATTEMPTS, () => {
    const read = firstRead;
    firstRead = null;
    return saveOnce(principal, agent, desired, ifMatch, read);
  });
};
