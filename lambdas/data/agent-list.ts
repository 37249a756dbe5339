import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type ListFilters, matches } from '../domain/agents/listing';
import type { Agent } from '../domain/agents/model';
import { slugify } from '../domain/agents/naming';
import { assertOffsetWithinReach } from '../domain/offset-paging';
import { InvalidInput } from '../domain/errors';
import { countAgents } from './agent-count';
import { NAME_PREFIX_ENTRIES, namePrefixes } from './agent-values';
import { batchGetItems } from './batch';
import { openCursor, sealCursor } from './cursor';
import { withoutKeys } from './item';
import { AGENT_LIST_PREFIXES, agentKey, agentValueCountKey } from './keys';
import { queryAll } from './operations';
import { keyAttributesOf, patternQuery, patternScope, patterns, type QueryScope, scopeQuery } from './patterns';
import { ddb } from './table';

/**
 * Listing agents (API.md `GET /api/agents`). Each sort order is an index; a list reads one source
 * in that order: the workspace's own partition (no filter, `status=deleted`, or `q` under
 * `sort=name`, a slug range), or the entry partitions of one filter value (agent-values.ts) — the
 * most selective filter given, by its counter; `tags` reads one partition per tag, merged. Any other
 * filter given is checked on the agents read, so a combination costs at most MAX_READS reads a page
 * (worst case: the driving value is common and the others rare; the page is then short, with a
 * cursor). A cursor is the sort key the page ended on, signed for the workspace, order and filters.
 */

export type AgentSort = 'name' | 'created_at' | 'updated_at';

export interface AgentListQuery {
  workspaceId: string;
  sort: AgentSort;
  order: 'asc' | 'desc';
  filters: ListFilters;
  limit: number;
  cursor?: string;
  page?: number;
}

/** The patterns a list reads in each order: the workspace's agents, and the entries of one filter value. */
const WORKSPACE_BY_SORT = { name: patterns.agentsByName, created_at: patterns.agentsByCreation, updated_at: patterns.agentsByUpdate };
const VALUE_BY_SORT = {
  name: patterns.agentValueByName,
  created_at: patterns.agentValueByCreation,
  updated_at: patterns.agentValueByUpdate,
};
/** Reads one page may take when filters discard most agents; past it the page is returned short, with a cursor. */
const MAX_READS = 8;
/** Above every character of a sort key (slugs, ISO times and ids are ASCII below `~`). */
const SORT_KEY_END = '~';

/** Where a list reads: partitions of one index, under one sort-key prefix; entries hold ids, the workspace partition whole agents. */
interface Source {
  scopes: QueryScope[];
  prefix: string;
  entries: boolean;
}

const workspaceScopes = (q: AgentListQuery) => [patternScope(WORKSPACE_BY_SORT[q.sort], { ws: q.workspaceId })];

const sortPrefix = (q: AgentListQuery) =>
  `${q.filters.status === 'deleted' ? AGENT_LIST_PREFIXES.deleted : ''}${AGENT_LIST_PREFIXES[q.sort]}`;

/** A filter's values as counted (`q` longer than three characters counts its first three's, an upper bound). */
const filterValues = (f: ListFilters): { field: string; values: string[] }[] => {
  const given: { field: string; values: string[] }[] = [];
  if (f.status) given.push({ field: 'status', values: [`status=${f.status}`] });
  for (const field of ['type', 'role', 'maturity_level'] as const)
    if (f[field] !== undefined) given.push({ field, values: [`${field}=${f[field]}`] });
  if (f.tags?.length) given.push({ field: 'tags', values: f.tags.map((t) => `tags=${t}`) });
  if (f.q) given.push({ field: 'q', values: namePrefixes(f.q).slice(-1) });
  return given;
};

const readCounts = async (ws: string, values: string[]): Promise<Map<string, number>> => {
  if (values.length === 0) return new Map();
  const keys = [...new Map(values.map((v) => [agentValueCountKey(ws, v).SK, { ...agentValueCountKey(ws, v) }])).values()];
  const items = await batchGetItems(keys, false, { attributes: values });
  return new Map(values.map((v) => [v, Number(items.find((i) => i[v] !== undefined)?.[v] ?? 0)]));
};

const sourceOf = (q: AgentListQuery, field: string, values: string[]): Source => {
  const ws = q.workspaceId;
  if (field === 'status' && q.filters.status === 'deleted') {
    const qSlug = q.sort === 'name' && q.filters.q ? slugify(q.filters.q) : '';
    return { scopes: workspaceScopes(q), prefix: `${sortPrefix(q)}${qSlug}`, entries: false };
  }
  if (field === 'q' && q.sort === 'name')
    return { scopes: workspaceScopes(q), prefix: `${sortPrefix(q)}${slugify(q.filters.q ?? '')}`, entries: false };
  return { scopes: values.map((value) => patternScope(VALUE_BY_SORT[q.sort], { ws, value })), prefix: sortPrefix(q), entries: true };
};

/**
 * The source to read and, when a single filter value decides the list, its exact total. Without a
 * filter the source is known at once, so the agent counter is read beside the list, not before it.
 */
const plan = async (q: AgentListQuery): Promise<{ source: Source; total: Promise<number | null> }> => {
  const given = filterValues(q.filters);
  const only = given.length === 1 && q.filters.runtime_state === undefined ? given[0] : undefined;
  if (given.length === 0) {
    const total = q.filters.runtime_state === undefined ? countAgents(q.workspaceId).then((agents) => agents + 1) : Promise.resolve(null);
    return { source: { scopes: workspaceScopes(q), prefix: sortPrefix(q), entries: false }, total };
  }
  const counts = await readCounts(
    q.workspaceId,
    given.flatMap((g) => g.values),
  );
  const sizeOf = (g: (typeof given)[number]) => g.values.reduce((sum, v) => sum + (counts.get(v) ?? 0), 0);
  // Deleted agents hold no entries: their list reads the workspace's `DELETED#` keys.
  const candidates = q.filters.status === 'deleted' ? given.filter((g) => g.field === 'status') : given;
  const driver = candidates.reduce((best, g) => (sizeOf(g) < sizeOf(best) ? g : best));
  const exact =
    only &&
    (only.field !== 'q' || Array.from(q.filters.q ?? '').length <= NAME_PREFIX_ENTRIES) &&
    (only.field !== 'tags' || only.values.length === 1);
  return { source: sourceOf(q, driver.field, driver.values), total: Promise.resolve(exact ? sizeOf(only) : null) };
};

interface Row {
  sk: string;
  item: Record<string, unknown>;
}

/** The rows of one partition after `after`, in order; `more` when the partition goes on past them. */
const readPartition = async (q: AgentListQuery, source: Source, scope: QueryScope, after: string | undefined, limit: number) => {
  const { sortKey } = keyAttributesOf(scope.index);
  const asc = q.order === 'asc';
  const [low, high] = asc
    ? [after ?? source.prefix, `${source.prefix}${SORT_KEY_END}`]
    : [source.prefix, after ?? `${source.prefix}${SORT_KEY_END}`];
  const result = await ddb.send(
    new QueryCommand(scopeQuery(scope, { sort: { between: [low, high] }, ScanIndexForward: asc, Limit: limit + (after ? 1 : 0) })),
  );
  const rows = (result.Items ?? []).map((item) => ({ sk: String(item[sortKey]), item })).filter((row) => row.sk !== after);
  return { rows, more: result.LastEvaluatedKey !== undefined };
};

/** The next rows of the source in order, each agent once; a tag list merges its partitions up to the first one that stopped short. */
const readRows = async (q: AgentListQuery, source: Source, after: string | undefined, limit: number) => {
  const reads = await Promise.all(source.scopes.map((scope) => readPartition(q, source, scope, after, limit)));
  const before = (a: string, b: string) => (q.order === 'asc' ? a < b : a > b);
  const horizon = reads
    .filter((r) => r.more && r.rows.length > 0)
    .map((r) => r.rows[r.rows.length - 1]!.sk)
    .reduce<string | undefined>((h, sk) => (h === undefined || before(sk, h) ? sk : h), undefined);
  const unique = new Map<string, Row>();
  for (const row of reads.flatMap((r) => r.rows)) if (horizon === undefined || !before(horizon, row.sk)) unique.set(row.sk, row);
  const rows = [...unique.values()].sort((a, b) => (before(a.sk, b.sk) ? -1 : before(b.sk, a.sk) ? 1 : 0));
  return { rows, more: reads.some((r) => r.more) };
};

const asAgent = (item: Record<string, unknown>): Agent => {
  const { name_search: _search, ...agent } = withoutKeys<Agent & { name_search?: string }>(item);
  return agent as Agent;
};

/** Every live agent of the workspace, oldest first: one query per 1 MB of agents (for views over the whole fleet). */
export const liveAgentsOf = async (workspaceId: string): Promise<Agent[]> => {
  const items = await queryAll(patternQuery(patterns.agentsByCreation, { ws: workspaceId }));
  return items.map(asAgent);
};

/** Entries name agents; the agents are read in one batch per read. */
const agentsOf = async (q: AgentListQuery, source: Source, rows: Row[]): Promise<(Agent | undefined)[]> => {
  if (!source.entries) return rows.map((r) => asAgent(r.item));
  const items = await batchGetItems(rows.map((r) => ({ ...agentKey(q.workspaceId, String(r.item.agent_id)) })));
  const byId = new Map(items.map((item) => [String(item.id), asAgent(item)]));
  return rows.map((r) => byId.get(String(r.item.agent_id)));
};

/** Up to `wanted` matching agents after `after`, and the sort key a following page starts after (undefined: the list ended). */
const collect = async (q: AgentListQuery, source: Source, wanted: number, after: string | undefined) => {
  const found: Agent[] = [];
  let position = after;
  let lastFound: string | undefined;
  for (let reads = 0; reads < MAX_READS; reads += 1) {
    const { rows, more } = await readRows(q, source, position, Math.max(wanted - found.length + 1, 20));
    const agents = await agentsOf(q, source, rows);
    for (const [i, row] of rows.entries()) {
      const agent = agents[i];
      if (agent && matches(agent, q.filters)) {
        if (found.length === wanted) return { found, next: lastFound };
        found.push(agent);
        lastFound = row.sk;
      }
      position = row.sk;
    }
    if (!more) return { found, next: undefined };
  }
  return { found, next: position };
};

const listBinding = (q: AgentListQuery) => JSON.stringify(['agents', q.workspaceId, q.sort, q.order, q.filters]);

const positionOf = async (q: AgentListQuery, cursor: string): Promise<string> => {
  const after = await openCursor(listBinding(q), cursor);
  if (typeof after !== 'string' || after.length > 1024 || !after.startsWith(sortPrefix(q))) {
    throw new InvalidInput('cursor is not valid for this query; start again without it', [{ field: 'cursor', issue: 'invalid' }]);
  }
  return after;
};

export const listAgents = async (q: AgentListQuery) => {
  const page = q.cursor ? 1 : (q.page ?? 1);
  assertOffsetWithinReach(page, q.limit);
  const after = q.cursor ? await positionOf(q, q.cursor) : undefined;
  const planned = await plan(q);
  const [collected, total] = await Promise.all([collect(q, planned.source, page * q.limit, after), planned.total]);
  // A list read to its end from its first item is counted exactly by the read itself.
  const counted = total ?? (!q.cursor && collected.next === undefined ? collected.found.length : null);
  return {
    items: collected.found.slice((page - 1) * q.limit),
    page,
    limit: q.limit,
    total: counted,
    nextCursor: collected.next === undefined ? null : await sealCursor(listBinding(q), collected.next),
  };
};
