import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Agent } from '../domain/agents/model';
import { idPattern } from '../domain/ids';
import { Conflict, Forbidden, NotFound, VersionConflict } from '../domain/errors';
import { integrationRefsOf } from '../domain/integrations';
import { ownerEntryPut } from './agent-access';
import { agentValueWrites } from './agent-values';
import { integrationReference } from './integration-references';
import { personaCheck } from './references';
import { getPair } from './batch';
import { type ItemRead, storedItem, withoutKeys } from './item';
import { agentCountKey, agentIndexKeys, agentKey, slugLockKey } from './keys';
import { transact, type TransactItem } from './operations';
import { ddb, tableName } from './table';

/**
 * Agents. Name uniqueness is a slug lock item, the tier's agent limit a counter item and each
 * integration an agent names a reference count, its filter values list entries and counters
 * (agent-values.ts), all changed in the same transaction as the agent itself; updates carry a
 * `version` condition.
 */

export const agentNotFound = (ref: string) => new NotFound(`agent ${ref} does not exist in this workspace`, 'agent');

const nameTaken = (slug: string) => (existing: Record<string, unknown> | undefined) =>
  new Conflict(
    'NAME_TAKEN',
    `the name "${slug}" is already used by agent ${String(existing?.agent_id ?? 'another agent')}; ` +
      'choose another name or rename that agent',
    [{ field: 'name', issue: 'taken', slug }],
  );

/** The stored form of an agent: its keys, its list keys, and a lowercase name for prefix search. */
export const agentItem = (agent: Agent) => ({
  ...agentKey(agent.workspace_id, agent.id),
  ...agentIndexKeys(agent.workspace_id, agent),
  ...agent,
  name_search: agent.name.toLowerCase(),
});

const slugLock = (agent: Agent): TransactItem => ({
  Put: {
    TableName: tableName,
    Item: { ...slugLockKey(agent.workspace_id, agent.slug), agent_id: agent.id },
    ConditionExpression: 'attribute_not_exists(PK)',
  },
  onConditionFail: nameTaken(agent.slug),
});

const releaseSlug = (agent: Agent): TransactItem => ({
  Delete: { TableName: tableName, Key: slugLockKey(agent.workspace_id, agent.slug) },
});

const limitReached = (limit: number) => () =>
  new Forbidden(`this workspace's tier allows ${limit} agents; delete one or upgrade the tier`, 'AGENT_LIMIT_EXCEEDED', [
    { field: 'agents', issue: 'limit reached', allowed: limit },
  ]);

const countAgent = (workspaceId: string, delta: 1 | -1, limit: number | null): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: agentCountKey(workspaceId),
    UpdateExpression: 'ADD agents :delta',
    ...(delta > 0 && limit !== null
      ? {
          ConditionExpression: 'attribute_not_exists(agents) OR agents < :limit',
          ExpressionAttributeValues: { ':delta': delta, ':limit': limit },
        }
      : { ExpressionAttributeValues: { ':delta': delta } }),
  },
  ...(delta > 0 && limit !== null ? { onConditionFail: limitReached(limit) } : {}),
});

/** Moves the agent's integration reference counts from what `before` named to what `after` names. */
const integrationReferences = (before: Agent | null, after: Agent | null): TransactItem[] => {
  const held = before ? integrationRefsOf(before) : [];
  const wanted = after ? integrationRefsOf(after) : [];
  const same = (a: { field: string; id: string }, b: { field: string; id: string }) => a.field === b.field && a.id === b.id;
  const ws = (after ?? before)?.workspace_id ?? '';
  return [
    ...held.filter((ref) => !wanted.some((w) => same(w, ref))).map((ref) => integrationReference(ws, ref.kind, ref.field, ref.id, -1)),
    ...wanted.filter((ref) => !held.some((h) => same(h, ref))).map((ref) => integrationReference(ws, ref.kind, ref.field, ref.id, 1)),
  ];
};

/**
 * `limit`: the tier's agent limit (null: unlimited). System agents are never counted. The creator's
 * `owner` access entry is written with the agent, so members find the agents they created.
 */
export const createAgent = async (agent: Agent, limit: number | null, also: readonly TransactItem[]): Promise<void> => {
  await transact([
    ...personaCheck(agent.workspace_id, null, agent),
    { Put: { TableName: tableName, Item: agentItem(agent), ConditionExpression: 'attribute_not_exists(PK)' } },
    slugLock(agent),
    countAgent(agent.workspace_id, 1, limit),
    ...agentValueWrites(null, agent),
    ...integrationReferences(null, agent),
    ...(agent.owner_email
      ? [
          ownerEntryPut({
            agent_id: agent.id,
            workspace_id: agent.workspace_id,
            email: agent.owner_email,
            access: 'owner',
            granted_by: agent.created_by,
            granted_at: agent.created_at,
          }),
        ]
      : []),
    ...also,
  ]);
};

const getAgentById = async (workspaceId: string, id: string): Promise<Agent | null> => {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: agentKey(workspaceId, id) }));
  return Item ? withoutKeys<Agent>(Item) : null;
};

/** `{agent}` in a path: the id, or the slug looked up. */
const agentIdOf = async (workspaceId: string, ref: string): Promise<string | null> => {
  if (idPattern('agent').test(ref)) return ref;
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: slugLockKey(workspaceId, ref.toLowerCase()) }));
  return Item ? String(Item.agent_id) : null;
};

const live = (agent: Agent | null): Agent | null => (agent && agent.status !== 'deleted' ? agent : null);

/** `{agent}` in a path: the id or the slug. Deleted agents are not found. */
export const findAgent = async (workspaceId: string, ref: string): Promise<Agent | null> => {
  const id = await agentIdOf(workspaceId, ref);
  return id ? live(await getAgentById(workspaceId, id)) : null;
};

/**
 * The agent a path names and one more item (of it, or of its workspace) in one BatchGetItem, for the
 * routes that read both; a slug is looked up first. The item is null when the agent is not found.
 */
export const findAgentWith = async <T>(
  workspaceId: string,
  ref: string,
  readOf: (agentId: string) => ItemRead<T>,
  consistent = false,
): Promise<{ agent: Agent | null; item: T | null }> => {
  const id = await agentIdOf(workspaceId, ref);
  if (!id) return { agent: null, item: null };
  const [agent, item] = await getPair(storedItem<Agent>(agentKey(workspaceId, id)), readOf(id), consistent);
  return live(agent) ? { agent, item } : { agent: null, item: null };
};

/** Replaces the agent only while it is still at `expectedVersion`: a stale write answers 412, a vanished agent 404. */
const versionedPut = (after: Agent, expectedVersion: number): TransactItem => ({
  Put: {
    TableName: tableName,
    Item: agentItem(after),
    ConditionExpression: 'attribute_exists(PK) AND #version = :expected',
    ExpressionAttributeNames: { '#version': 'version' },
    ExpressionAttributeValues: { ':expected': expectedVersion },
  },
  onConditionFail: (current) => (current ? new VersionConflict(Number(current.version)) : agentNotFound(after.id)),
});

/**
 * Writes the changed agent if it is still at `expectedVersion`; a new slug moves its
 * lock in the same transaction, and `also` (its event) goes with it.
 */
export const saveAgent = async (before: Agent, after: Agent, expectedVersion: number, also: readonly TransactItem[]): Promise<void> => {
  const slugMoved = before.slug !== after.slug;
  await transact([
    versionedPut(after, expectedVersion),
    ...(slugMoved ? [releaseSlug(before), slugLock(after)] : []),
    ...agentValueWrites(before, after),
    ...integrationReferences(before, after),
    ...also,
  ]);
};

/**
 * Writes a start or a stop if the agent is still at `expectedVersion`: only its runtime state (and a start's health)
 * moves, never its name or the integrations it names, so no slug lock or integration reference moves with it.
 */
export const saveRuntimeChange = async (
  before: Agent,
  after: Agent,
  expectedVersion: number,
  also: readonly TransactItem[],
): Promise<void> => {
  await transact([versionedPut(after, expectedVersion), ...agentValueWrites(before, after), ...also]);
};

/** Soft delete: the agent stays (status `deleted`, out of every list), its name is free again, it stops counting. */
export const deleteAgent = async (agent: Agent, deleted: Agent, also: readonly TransactItem[]): Promise<void> => {
  await transact([
    versionedPut(deleted, agent.version),
    releaseSlug(agent),
    ...(agent.is_system ? [] : [countAgent(agent.workspace_id, -1, null)]),
    ...agentValueWrites(agent, deleted),
    ...integrationReferences(agent, null),
    ...also,
  ]);
};
