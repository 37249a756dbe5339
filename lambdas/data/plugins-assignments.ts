import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { assignmentChanges } from '../domain/plugins/assignment';
import type { Enablement } from '../domain/plugins/model';
import type { AssignedSkill } from '../domain/plugins/skills';
import { Conflict, Unprocessable, VersionConflict } from '../domain/errors';
import { retryOnConflict } from '../shared/retry-conflict';
import { withoutKeys } from './item';
import { agentKey, agentPluginsKey, type Key, pluginEnablementKey, pluginUseKey } from './keys';
import { queryAll, transact, type TransactItem } from './operations';
import { outboxPut } from './outbox';
import { batchGetItems } from './batch';
import { patternQuery, patterns } from './patterns';
import { ddb, tableName } from './table';

/**
 * Which plugins an agent runs, in priority order: one item in the agent's partition holding the
 * ordered ids and the assignment version (which the context cache is keyed by), plus one use item
 * per plugin in the workspace's partition, so disabling a plugin finds its agents by key. Every
 * change writes all of them, and the enablements' `assigned_agents` counts, in one transaction.
 */

export interface Assignment {
  agent_id: string;
  workspace_id: string;
  /** Highest priority first. */
  plugin_ids: string[];
  /**
   * The skills of the versions the plugins ran when they were assigned (absent on assignments
   * written before skills were kept). Only those of plugins still in `plugin_ids` count (skillsOf).
   */
  skills?: AssignedSkill[];
  /** 0: never assigned. */
  version: number;
  updated_at: string | null;
  updated_by: string | null;
}

type AgentRef = { id: string; workspace_id: string };

const none = (agent: AgentRef): Assignment => ({
  agent_id: agent.id,
  workspace_id: agent.workspace_id,
  plugin_ids: [],
  version: 0,
  updated_at: null,
  updated_by: null,
});

export const getAssignment = async (agent: AgentRef, consistent = false): Promise<Assignment> => {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: agentPluginsKey(agent.id), ConsistentRead: consistent }));
  return Item ? withoutKeys<Assignment>(Item) : none(agent);
};

/** Writes `next` only while the assignment is still at `before.version` (absent when 0). */
const assignmentPut = (next: Assignment, expectedVersion: number): TransactItem => ({
  Put: {
    TableName: tableName,
    Item: { ...agentPluginsKey(next.agent_id), ...next },
    ...(expectedVersion === 0
      ? { ConditionExpression: 'attribute_not_exists(PK)' }
      : {
          ConditionExpression: '#version = :expected',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':expected': expectedVersion },
        }),
  },
  onConditionFail: (current) => new VersionConflict(Number(current?.version ?? 0)),
});

const countUse = (workspaceId: string, pluginId: string, delta: 1 | -1): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: pluginEnablementKey(workspaceId, pluginId),
    UpdateExpression: 'ADD assigned_agents :delta',
    // ADD on a missing item would create one: the plugin must still be enabled.
    ConditionExpression: 'attribute_exists(PK)',
    ExpressionAttributeValues: { ':delta': delta },
  },
  onConditionFail: () =>
    new Unprocessable(
      'PLUGIN_NOT_ENABLED',
      `plugin ${pluginId} is no longer enabled in this workspace; enable it with PUT /api/workspaces/${workspaceId}/plugins/${pluginId}`,
      [{ field: 'plugin_ids', issue: 'not enabled', plugin_id: pluginId }],
    ),
});

/**
 * Replaces the agent's plugins with `pluginIds` (already de-duplicated, each enabled when checked) and their `skills`,
 * `plugin.assigned` in the same transaction. At most 20 plugins each way: 2 items per plugin and 2 more stay under 100.
 */
export const replaceAssignment = async (
  agent: AgentRef,
  before: Assignment,
  { pluginIds, skills }: { pluginIds: string[]; skills: AssignedSkill[] },
  actor: string,
  now: string,
  also: readonly TransactItem[] = [],
): Promise<Assignment> => {
  const next: Assignment = { ...before, plugin_ids: pluginIds, skills, version: before.version + 1, updated_at: now, updated_by: actor };
  await transact([...assignmentWrites(agent, before, next, now), ...also]);
  return next;
};

/** The first assignment of an agent being created, as writes for its create transaction (none for no plugins). */
export const firstAssignmentWrites = (
  agent: AgentRef,
  plugins: { pluginIds: string[]; skills: AssignedSkill[] },
  actor: string,
  now: string,
): TransactItem[] =>
  plugins.pluginIds.length === 0
    ? []
    : assignmentWrites(
        agent,
        none(agent),
        { ...none(agent), plugin_ids: plugins.pluginIds, skills: plugins.skills, version: 1, updated_at: now, updated_by: actor },
        now,
      );

const assignmentWrites = (agent: AgentRef, before: Assignment, next: Assignment, now: string): TransactItem[] => {
  const { added, removed } = assignmentChanges(before.plugin_ids, next.plugin_ids);
  return [
    assignmentPut(next, before.version),
    outboxPut('plugin.assigned', agent.workspace_id, { agent_id: agent.id, plugin_ids: next.plugin_ids, added, removed }, new Date(now)),
    ...added.flatMap((id) => [
      { Put: { TableName: tableName, Item: { ...pluginUseKey(agent.workspace_id, id, agent.id), plugin_id: id, agent_id: agent.id } } },
      countUse(agent.workspace_id, id, 1),
    ]),
    ...removed.flatMap((id) => [
      { Delete: { TableName: tableName, Key: pluginUseKey(agent.workspace_id, id, agent.id) } },
      countUse(agent.workspace_id, id, -1),
    ]),
  ];
};

/** Agent ids the plugin is assigned to in the workspace, deleted agents included until their uses are cleared. */
const usersOf = async (workspaceId: string, pluginId: string): Promise<string[]> => {
  const uses = await queryAll(
    patternQuery(patterns.pluginUsesOf, { ws: workspaceId, plugin: pluginId }, { ProjectionExpression: 'agent_id', ConsistentRead: true }),
  );
  return uses.map((item) => String(item.agent_id));
};

export interface AgentUsingPlugin {
  id: string;
  slug: string;
  name: string;
}

export interface Unassigned {
  agent_id: string;
  /** The agent's plugins afterwards, in priority order. */
  plugin_ids: string[];
}

/** One transaction holds at most 100 writes: the enablement, and per agent one use item, one assignment and its event. */
const MAX_UNASSIGNED_AT_ONCE = 33;

/**
 * Disables a plugin in the workspace. While live agents have it assigned this answers 409
 * PLUGIN_IN_USE naming them, unless `force`: then it is removed from their assignments (each
 * under its version condition) in the same transaction. Use items left by deleted agents are
 * cleared on the way. The enablement's count must still match what was read, so an assignment
 * made meanwhile makes this fail rather than leave an agent with a disabled plugin. Each live
 * agent's `plugin.assigned` commits with it. More users than one transaction can clear answer 409
 * before any of them is read.
 */
const disableOnce = async (enablement: Enablement, force: boolean, actor: string, now: string): Promise<Unassigned[]> => {
  const { workspace_id: ws, plugin_id: pluginId } = enablement;
  const userIds = await usersOf(ws, pluginId);
  if (userIds.length > MAX_UNASSIGNED_AT_ONCE) {
    throw new Conflict(
      'PLUGIN_IN_USE',
      `plugin ${enablement.name} is assigned to ${userIds.length} agents; ` +
        `unassign it from some of them first (at most ${MAX_UNASSIGNED_AT_ONCE} at once)`,
    );
  }
  // The agents, and with `force` their assignments, in one read; only the live agents' assignments change.
  const items = await batchGetItems([...userIds.map((id) => agentKey(ws, id)), ...(force ? userIds.map(agentPluginsKey) : [])], true);
  const stored = new Map(items.map((i) => [`${i.PK}|${i.SK}`, i]));
  const found = ({ PK, SK }: Key): Record<string, unknown>[] => {
    const item = stored.get(`${PK}|${SK}`);
    return item ? [item] : [];
  };
  const agents = userIds.flatMap((id) => found(agentKey(ws, id))).filter((a) => a.status !== 'deleted');
  const live: AgentUsingPlugin[] = agents.map((a) => ({ id: String(a.id), slug: String(a.slug), name: String(a.name) }));
  if (live.length > 0 && !force) {
    throw new Conflict(
      'PLUGIN_IN_USE',
      `plugin ${enablement.name} is assigned to ${live.map((a) => a.slug).join(', ')}; ` +
        'unassign it from them first, or disable with ?force=true to unassign it as well',
      live.map((a) => ({ field: 'plugin', issue: 'assigned', agent_id: a.id, slug: a.slug })),
    );
  }
  const assignments = live.flatMap((a) => found(agentPluginsKey(a.id))).map((item) => withoutKeys<Assignment>(item));
  const updated = assignments.map((a) => ({
    before: a,
    after: { ...a, plugin_ids: a.plugin_ids.filter((id) => id !== pluginId), version: a.version + 1, updated_at: now, updated_by: actor },
  }));
  await transact([
    {
      Delete: {
        TableName: tableName,
        Key: pluginEnablementKey(ws, pluginId),
        ConditionExpression: 'attribute_not_exists(assigned_agents) OR assigned_agents = :read',
        ExpressionAttributeValues: { ':read': userIds.length },
      },
      onConditionFail: () =>
        new Conflict('CONCURRENT_MODIFICATION', `assignments of plugin ${enablement.name} changed while it was being disabled; retry`),
    },
    ...userIds.map((agentId): TransactItem => ({ Delete: { TableName: tableName, Key: pluginUseKey(ws, pluginId, agentId) } })),
    ...updated.map(({ before, after }) => assignmentPut(after, before.version)),
    ...updated.map(({ after }) =>
      outboxPut(
        'plugin.assigned',
        ws,
        { agent_id: after.agent_id, plugin_ids: after.plugin_ids, added: [], removed: [pluginId], reason: 'plugin_disabled' },
        new Date(now),
      ),
    ),
  ]);
  return updated.map(({ after }) => ({ agent_id: after.agent_id, plugin_ids: after.plugin_ids }));
};

/**
 * A deleted agent's purge runs off the request path and may release its use item between the read
 * and the write above; the write's condition then fails. That change is the platform's own, not a
 * caller's, so the disable reads again (a few times) instead of answering 409.
 */
const DISABLE_ATTEMPTS = 3;

export const disablePlugin = (enablement: Enablement, force: boolean, actor: string, now: string): Promise<Unassigned[]> =>
  retryOnConflict('CONCURRENT_MODIFICATION', DISABLE_ATTEMPTS, () => disableOnce(enablement, force, actor, now));

/**
 * A deleted agent's use items go, each with its count on the enablement, so disabling the plugin
 * later counts no stale users. Safe to run again: a use already gone is not counted twice; a use
 * whose plugin was disabled meanwhile goes alone. Answers how many uses the assignment named.
 */
export const releasePluginUses = async (agent: AgentRef): Promise<number> => {
  const { plugin_ids: pluginIds } = await getAssignment(agent, true);
  for (const pluginId of pluginIds) {
    const use = pluginUseKey(agent.workspace_id, pluginId, agent.id);
    try {
      const { onConditionFail: _whenDisabled, ...uncount } = countUse(agent.workspace_id, pluginId, -1);
      await transact([{ Delete: { TableName: tableName, Key: use, ConditionExpression: 'attribute_exists(PK)' } }, uncount]);
    } catch (error) {
      const reasons = error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []) : [];
      if (reasons[0]?.Code === 'ConditionalCheckFailed') continue;
      if (reasons[1]?.Code !== 'ConditionalCheckFailed') throw error;
      await ddb.send(new DeleteCommand({ TableName: tableName, Key: use }));
    }
  }
  return pluginIds.length;
};
