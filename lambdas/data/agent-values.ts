import type { Agent } from '../domain/agents/model';
import { agentValueCountKey, agentValueIndexKeys, agentValueKey } from './keys';
import type { TransactItem } from './operations';
import { tableName } from './table';

/**
 * The filter values of an agent as list keys (keys.ts "agent value entry" and "agent value counts"):
 * one keys-only entry per value a live agent holds, sorted under that value's partition like the
 * workspace's lists, and a counter per value, both moved in the transaction that writes the agent.
 * `runtime_state` is not among them: a run's end moves it without rewriting the agent (agent-runtime.ts),
 * so lists filter it after the read.
 */

/** Name prefixes up to this many characters have their own entries; a longer `q` reads its first three's. */
export const NAME_PREFIX_ENTRIES = 3;

type Indexed = Pick<
  Agent,
  | 'id'
  | 'workspace_id'
  | 'slug'
  | 'name'
  | 'created_at'
  | 'updated_at'
  | 'status'
  | 'type'
  | 'role'
  | 'maturity_level'
  | 'tags'
  | 'persona_id'
>;

/** `q=` values: the first 1–3 characters (code points) of the lowercase name, or of a query. */
export const namePrefixes = (name: string): string[] => {
  const chars = Array.from(name.toLowerCase());
  return chars.slice(0, NAME_PREFIX_ENTRIES).map((_, i) => `q=${chars.slice(0, i + 1).join('')}`);
};

/**
 * The persona an agent uses, as a value: not a list filter, but its entries name a persona's users and
 * its counter tells whether it has any, so deleting a persona reads neither the workspace's agents nor
 * more than its first few users.
 */
export const personaValue = (personaId: string) => `persona_id=${personaId}`;

/** The values a live agent is listed under; a deleted agent is under none (its lists read the `DELETED#` keys). */
export const agentValues = (agent: Indexed): string[] =>
  agent.status === 'deleted'
    ? []
    : [
        `status=${agent.status}`,
        `type=${agent.type}`,
        `role=${agent.role}`,
        `maturity_level=${agent.maturity_level}`,
        ...[...new Set(agent.tags)].map((tag) => `tags=${tag}`),
        ...namePrefixes(agent.name),
        ...(agent.persona_id ? [personaValue(agent.persona_id)] : []),
      ];

/** What the counters count: the values, and `status=deleted` for a deleted agent. */
export const countedValues = (agent: Indexed | null): string[] =>
  !agent ? [] : agent.status === 'deleted' ? ['status=deleted'] : agentValues(agent);

/** The entry listing `agent` under `value`. */
export const agentValueEntry = (agent: Indexed, value: string) => ({
  ...agentValueKey(agent.id, value),
  ...agentValueIndexKeys(agent.workspace_id, value, agent),
  agent_id: agent.id,
});

const entryPut = (agent: Indexed, value: string): TransactItem => ({ Put: { TableName: tableName, Item: agentValueEntry(agent, value) } });

const entryDelete = (agentId: string, value: string): TransactItem => ({
  Delete: { TableName: tableName, Key: agentValueKey(agentId, value) },
});

/** One `ADD` per counter shard touched (a transaction may name an item once). */
const counterUpdates = (ws: string, deltas: Map<string, number>): TransactItem[] => {
  const byShard = new Map<string, { key: ReturnType<typeof agentValueCountKey>; values: [string, number][] }>();
  for (const [value, delta] of deltas) {
    if (delta === 0) continue;
    const key = agentValueCountKey(ws, value);
    const shard = byShard.get(key.SK) ?? { key, values: [] };
    shard.values.push([value, delta]);
    byShard.set(key.SK, shard);
  }
  return [...byShard.values()].map(({ key, values }) => ({
    Update: {
      TableName: tableName,
      Key: key,
      UpdateExpression: `ADD ${values.map((_, i) => `#v${i} :d${i}`).join(', ')}`,
      ExpressionAttributeNames: Object.fromEntries(values.map(([value], i) => [`#v${i}`, value])),
      ExpressionAttributeValues: Object.fromEntries(values.map(([, delta], i) => [`:d${i}`, delta])),
    },
  }));
};

/**
 * The entry and counter writes taking an agent from `before` to `after` (null: not there). Entries are
 * rewritten whenever a sort key moved (name, `updated_at`), else only added and removed. At most
 * 2 × (4 + 20 tags + 3 prefixes + 1 persona) entries and 16 counter shards: within DynamoDB's 100 items per transaction.
 */
export const agentValueWrites = (before: Indexed | null, after: Indexed | null): TransactItem[] => {
  const held = new Set(before ? agentValues(before) : []);
  const wanted = new Set(after ? agentValues(after) : []);
  const moved =
    !before || !after || before.slug !== after.slug || before.created_at !== after.created_at || before.updated_at !== after.updated_at;
  const deltas = new Map<string, number>();
  for (const value of countedValues(before)) deltas.set(value, (deltas.get(value) ?? 0) - 1);
  for (const value of countedValues(after)) deltas.set(value, (deltas.get(value) ?? 0) + 1);
  const agentId = (after ?? before)?.id ?? '';
  const ws = (after ?? before)?.workspace_id ?? '';
  return [
    ...[...held].filter((v) => !wanted.has(v)).map((v) => entryDelete(agentId, v)),
    ...(after ? [...wanted].filter((v) => moved || !held.has(v)).map((v) => entryPut(after, v)) : []),
    ...counterUpdates(ws, deltas),
  ];
};
