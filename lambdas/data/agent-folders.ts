import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Agent } from '../domain/agents/model';
import { emptyFolderConfig, mountId, type PublishedFolder, type StoredFolderConfig } from '../domain/folders/model';
import { type MountState, mountedPathRef } from '../domain/folders/mounts';
import { batchGetItems } from './batch';
import { decodeCursor, encodeCursor } from './cursor';
import { type ItemRead, keysOf, withoutKeys } from './item';
import { agentKey, folderConfigKey, folderGraphKey, publishedFolderKey, slugLockKey } from './keys';
import type { ListPage } from './list';
import { pageKeyAttributes } from './operations';
import { patternQuery, patternScope, patterns } from './patterns';
import { ddb, tableName } from './table';

/**
 * Shared folders. Each agent has one configuration item (what GET answers, and a node of the
 * write-cycle search); each published folder is also an item of its own, indexed per workspace for
 * `available`, holding a `consumers` map (consumer id → mounted_at) for `consumers`. A mount and an
 * unpublish both change that folder item inside their transaction, so they can never cross: a
 * mount needs the folder to exist with the access it was checked against, an unpublish needs the
 * consumers it was checked against. Changes that can add a write edge also move the workspace's
 * folder-graph version, so two of them never pass the cycle check on the same picture. The reads
 * are here; the transaction that writes a change is in agent-folders-save.ts.
 */

export interface PublishedFolderRecord extends PublishedFolder {
  agent_id: string;
  workspace_id: string;
  consumers: Record<string, { mounted_at: string }>;
  published_at: string;
  updated_at: string;
}

const toConfig = (item: Record<string, unknown>) => withoutKeys<StoredFolderConfig>(item);

/** An agent's stored folder configuration, to read beside the agent (absent: it never configured folders). */
export const folderConfigRead = (agentId: string): ItemRead<StoredFolderConfig> => ({ key: folderConfigKey(agentId), parse: toConfig });

/** Strongly consistent: the configuration a change is planned against. */
export const getFolderConfig = async (agent: Pick<Agent, 'id' | 'workspace_id'>): Promise<StoredFolderConfig> => {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: folderConfigKey(agent.id), ConsistentRead: true }));
  return Item ? toConfig(Item) : emptyFolderConfig(agent.id, agent.workspace_id);
};

/** The configurations of these agents, by id; agents that never configured folders (or were purged) are absent. */
export const getFolderConfigs = async (agentIds: readonly string[]): Promise<Map<string, StoredFolderConfig>> => {
  const items = await batchGetItems([...new Set(agentIds)].map(folderConfigKey), true);
  return new Map(items.map((item) => toConfig(item)).map((config) => [config.agent_id, config]));
};

/** These agents of the workspace, by id, deleted ones included (callers decide what a deleted agent means). */
export const getAgentsByIds = async (workspaceId: string, agentIds: readonly string[]): Promise<Map<string, Agent>> => {
  const items = await batchGetItems(
    [...new Set(agentIds)].map((id) => agentKey(workspaceId, id)),
    false,
  );
  return new Map(items.map((item) => withoutKeys<Agent>(item)).map((agent) => [agent.id, agent]));
};

/** The agent ids these slugs name in the workspace, by slug. */
export const agentIdsBySlug = async (workspaceId: string, slugs: readonly string[]): Promise<Map<string, string>> => {
  const items = await batchGetItems(
    [...new Set(slugs)].map((slug) => slugLockKey(workspaceId, slug)),
    false,
  );
  const slugOf = new Map([...new Set(slugs)].map((slug) => [slugLockKey(workspaceId, slug).SK, slug]));
  return new Map(items.map((item) => [slugOf.get(String(item.SK)) as string, String(item.agent_id)]));
};

const toFolder = (item: Record<string, unknown>) => withoutKeys<PublishedFolderRecord>(item);

/** Folder items of other agents, by `mountId` (`<agent>/<name>`); strongly consistent, as mounts are checked against them. */
export const getPublishedFolders = async (
  refs: readonly { from_agent_id: string; name: string }[],
): Promise<Map<string, PublishedFolderRecord>> => {
  const items = await batchGetItems(
    refs.map((r) => publishedFolderKey(r.from_agent_id, r.name)),
    true,
  );
  return new Map(items.map(toFolder).map((f) => [mountId({ from_agent_id: f.agent_id, name: f.name }), f]));
};

/** One agent's published folders with their consumers: one query of its partition. */
export const publishedFoldersOf = async (agentId: string): Promise<PublishedFolderRecord[]> => {
  const { Items } = await ddb.send(
    new QueryCommand(patternQuery(patterns.publishedFoldersOf, { agent: agentId }, { ConsistentRead: true })),
  );
  return (Items ?? []).map(toFolder);
};

/** The consumer's state around these of its mounts: their publishers (by key in the consumer's workspace) and folders. */
const mountStateOf = async (consumer: Pick<Agent, 'id' | 'workspace_id'>, mounts: MountState['mounts']): Promise<MountState> => {
  if (mounts.length === 0) return { consumer, mounts, publishers: [], folders: [] };
  const [publishers, folders] = await Promise.all([
    getAgentsByIds(
      consumer.workspace_id,
      mounts.map((m) => m.from_agent_id),
    ),
    getPublishedFolders(mounts),
  ]);
  return { consumer, mounts, publishers: [...publishers.values()], folders: [...folders.values()] };
};

/**
 * What resolves `path` under `mounts/` for this consumer (its mounts of a folder of that name), read
 * now on every call (no cache), so an unmount, an unpublish or a change of access takes effect at once.
 */
export const mountStateFor = async (consumer: Pick<Agent, 'id' | 'workspace_id'>, path: string): Promise<MountState> => {
  const ref = mountedPathRef(path);
  return mountStateOf(consumer, ref ? (await getFolderConfig(consumer)).mount.filter((m) => m.name === ref.folder) : []);
};

/** Every mount of this consumer, read now: what its listings show under `mounts/`. */
export const allMountsStateOf = async (consumer: Pick<Agent, 'id' | 'workspace_id'>): Promise<MountState> =>
  mountStateOf(consumer, (await getFolderConfig(consumer)).mount);

/** Reads one page may take when the filter discards items; past it the page is answered short, with a cursor. */
const MAX_READS = 25;

/**
 * The workspace's published folders except `exceptAgentId`'s own, in index order (publisher id, then
 * name). `total` is known when the read reached the end from the first folder, and null otherwise:
 * counting the rest would read every folder the page does not show.
 */
export const workspacePublishedFolders = async (
  workspaceId: string,
  exceptAgentId: string,
  request: { limit: number; cursor?: string; page?: number },
): Promise<ListPage<PublishedFolderRecord>> => {
  const scope = patternScope(patterns.workspacePublishedFolders, { ws: workspaceId });
  const input = patternQuery(
    patterns.workspacePublishedFolders,
    { ws: workspaceId },
    { FilterExpression: 'agent_id <> :self', ExpressionAttributeValues: { ':self': exceptAgentId } },
  );
  const { partitionAttribute, keyAttributes } = pageKeyAttributes(scope);
  // The filter (everyone's folders but the asker's) is part of the list a cursor was made for.
  const shape = {
    partitionAttribute,
    partition: scope.partition,
    keyAttributes,
    list: `published-folders:${exceptAgentId}`,
  };
  const page = request.cursor ? 1 : (request.page ?? 1);
  const wanted = page * request.limit;
  let next: Record<string, unknown> | undefined = request.cursor ? await decodeCursor(request.cursor, shape) : undefined;
  const items: Record<string, unknown>[] = [];
  for (let reads = 0; reads < MAX_READS && items.length < wanted; reads += 1) {
    const result = await ddb.send(new QueryCommand({ ...input, ExclusiveStartKey: next, Limit: Math.max(wanted - items.length, 10) }));
    const room = wanted - items.length;
    const taken = (result.Items ?? []).slice(0, room);
    items.push(...taken);
    // Stopped inside a read: the next page starts after the last item taken, not after the read.
    next =
      taken.length < (result.Items ?? []).length
        ? keysOf(taken[taken.length - 1] as Record<string, unknown>, keyAttributes)
        : result.LastEvaluatedKey;
    if (!next) break;
  }
  return {
    items: items.slice((page - 1) * request.limit).map(toFolder),
    page,
    limit: request.limit,
    total: !request.cursor && !next ? items.length : null,
    nextCursor: await encodeCursor(next, shape),
  };
};

export const folderGraphVersion = async (workspaceId: string): Promise<number> => {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: folderGraphKey(workspaceId), ConsistentRead: true }));
  return Number(Item?.version ?? 0);
};
