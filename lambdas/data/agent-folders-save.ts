import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { Agent } from '../domain/agents/model';
import { type FolderConfig, mountId, type PublishedFolder } from '../domain/folders/model';
import type { FolderChange } from '../domain/folders/plan';
import { Conflict, VersionConflict } from '../domain/errors';
import { folderConfigKey, folderGraphKey, publishedFolderIndexKeys, publishedFolderKey } from './keys';
import { transact, type TransactItem } from './operations';
import { tableName } from './table';

/**
 * Saving an agent's folder configuration: one transaction holding every fact the checks relied on
 * (see agent-folders.ts), so a change planned on a reading that moved meanwhile writes nothing.
 */

/** The answer when something this change relied on moved under it: the caller re-reads and decides again. */
export const foldersChanged = () =>
  new Conflict('CONCURRENT_MODIFICATION', 'the folders involved changed while this configuration was being saved; send it again');

/** A change planned against what was read; every condition below holds it to that reading. */
export interface FolderWrite {
  agent: Pick<Agent, 'id' | 'workspace_id'>;
  config: FolderConfig;
  change: FolderChange;
  /** The configuration's version when read (0: none yet). */
  readVersion: number;
  /** The client sent `If-Match`: a stale version is theirs to resolve (412), not a race to retry. */
  clientVersioned: boolean;
  /** Added mounts: the access each folder had when checked. */
  mountedAccess: ReadonlyMap<string, PublishedFolder['access']>;
  /** Removed mounts whose folder no longer exists (its publisher was deleted): nothing to release. */
  vanished: ReadonlySet<string>;
  /** Removed folders: consumers found to be gone (deleted agents), which do not keep a folder in use. */
  staleConsumers: ReadonlyMap<string, string[]>;
  /** The folder-graph version the cycle check read, or null when the change cannot add a write edge. */
  graphVersion: number | null;
  now: string;
  updatedBy: string;
}

const configPut = (w: FolderWrite): TransactItem => ({
  Put: {
    TableName: tableName,
    Item: {
      ...folderConfigKey(w.agent.id),
      agent_id: w.agent.id,
      workspace_id: w.agent.workspace_id,
      publish: w.config.publish,
      mount: w.config.mount,
      version: w.readVersion + 1,
      updated_at: w.now,
      updated_by: w.updatedBy,
    },
    ...(w.readVersion === 0
      ? { ConditionExpression: 'attribute_not_exists(PK)' }
      : {
          ConditionExpression: '#v = :read',
          ExpressionAttributeNames: { '#v': 'version' },
          ExpressionAttributeValues: { ':read': w.readVersion },
        }),
  },
  onConditionFail: (current) => (w.clientVersioned ? new VersionConflict(Number(current?.version ?? 0)) : foldersChanged()),
});

const folderPut = (w: FolderWrite, folder: PublishedFolder): TransactItem => ({
  Put: {
    TableName: tableName,
    Item: {
      ...publishedFolderKey(w.agent.id, folder.name),
      ...publishedFolderIndexKeys(w.agent.workspace_id, w.agent.id, folder.name),
      agent_id: w.agent.id,
      workspace_id: w.agent.workspace_id,
      ...folder,
      consumers: {},
      published_at: w.now,
      updated_at: w.now,
    },
    ConditionExpression: 'attribute_not_exists(PK)',
  },
  onConditionFail: foldersChanged,
});

const folderUpdate = (w: FolderWrite, folder: PublishedFolder): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: publishedFolderKey(w.agent.id, folder.name),
    UpdateExpression: 'SET #path = :path, #access = :access, updated_at = :now',
    ConditionExpression: 'attribute_exists(PK)',
    ExpressionAttributeNames: { '#path': 'path', '#access': 'access' },
    ExpressionAttributeValues: { ':path': folder.path, ':access': folder.access, ':now': w.now },
  },
  onConditionFail: foldersChanged,
});

/** Only while its consumers are exactly the stale ones seen (usually none): a mount that slipped in keeps it. */
const folderDelete = (w: FolderWrite, folder: PublishedFolder): TransactItem => {
  const stale = w.staleConsumers.get(folder.name) ?? [];
  const names: Record<string, string> = { '#c': 'consumers' };
  stale.forEach((id, i) => (names[`#s${i}`] = id));
  return {
    Delete: {
      TableName: tableName,
      Key: publishedFolderKey(w.agent.id, folder.name),
      ConditionExpression:
        stale.length === 0
          ? 'attribute_not_exists(#c) OR size(#c) = :n'
          : ['size(#c) = :n', ...stale.map((_, i) => `attribute_exists(#c.#s${i})`)].join(' AND '),
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: { ':n': stale.length },
    },
    onConditionFail: foldersChanged,
  };
};

const mountAdd = (w: FolderWrite, mount: FolderConfig['mount'][number]): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: publishedFolderKey(mount.from_agent_id, mount.name),
    UpdateExpression: 'SET #c.#me = :entry',
    ConditionExpression: 'attribute_exists(PK) AND #access = :access',
    ExpressionAttributeNames: { '#c': 'consumers', '#me': w.agent.id, '#access': 'access' },
    ExpressionAttributeValues: { ':entry': { mounted_at: w.now }, ':access': w.mountedAccess.get(mountId(mount)) },
  },
  onConditionFail: foldersChanged,
});

const mountRemove = (w: FolderWrite, mount: FolderConfig['mount'][number]): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: publishedFolderKey(mount.from_agent_id, mount.name),
    UpdateExpression: 'REMOVE #c.#me',
    ConditionExpression: 'attribute_exists(PK)',
    ExpressionAttributeNames: { '#c': 'consumers', '#me': w.agent.id },
  },
  onConditionFail: foldersChanged,
});

const graphBump = (workspaceId: string, seen: number): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: folderGraphKey(workspaceId),
    UpdateExpression: 'SET #v = :next',
    ConditionExpression: seen === 0 ? 'attribute_not_exists(#v)' : '#v = :seen',
    ExpressionAttributeNames: { '#v': 'version' },
    ExpressionAttributeValues: seen === 0 ? { ':next': 1 } : { ':next': seen + 1, ':seen': seen },
  },
  onConditionFail: foldersChanged,
});

/** The whole change in one transaction (at most 82 items: see MAX_PUBLISHED_FOLDERS). */
export const saveFolderConfig = async (w: FolderWrite): Promise<void> => {
  const { change } = w;
  const items: TransactItem[] = [
    configPut(w),
    ...change.publishAdded.map((f) => folderPut(w, f)),
    ...change.publishChanged.map((c) => folderUpdate(w, c.after)),
    ...change.publishRemoved.map((f) => folderDelete(w, f)),
    ...change.mountsAdded.map((m) => mountAdd(w, m)),
    ...change.mountsRemoved.filter((m) => !w.vanished.has(mountId(m))).map((m) => mountRemove(w, m)),
    ...(w.graphVersion === null ? [] : [graphBump(w.agent.workspace_id, w.graphVersion)]),
  ];
  try {
    await transact(items);
  } catch (error) {
    // Another transaction held one of these items at the same moment: the same as a moved condition.
    if (error instanceof TransactionCanceledException) throw foldersChanged();
    throw error;
  }
};
