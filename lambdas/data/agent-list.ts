import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { ListFilters } from '../domain/agents/listing';
import type { Agent } from '../domain/agents/model';
import { slugify } from '../domain/agents/naming';
import { countAgents } from './agent-count';
import { decodeCursor, encodeCursor } from './cursor';
import { keysOf, withoutKeys } from './item';
import { countQueryWithin } from './list';
import { AGENT_LIST_PREFIXES, agentsPartition } from './keys';
import { type IndexName, tableDefinition } from './table-definition';
import { ddb, tableName } from './table';

/**
 * Listing agents (API.md `GET /api/agents`): each sort order is an index over the workspace's
 * agents, deleted agents sit under their own key prefix, and filters narrow the read. A page is
 * filled from as many reads as its filters need; its cursor is the last returned agent's keys.
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

const INDEX_BY_SORT: Record<AgentSort, IndexName> = { name: 'GSI1', created_at: 'GSI2', updated_at: 'GSI3' };
const PREFIX_BY_SORT: Record<AgentSort, string> = {
  name: AGENT_LIST_PREFIXES.name,
  created_at: AGENT_LIST_PREFIXES.created_at,
  updated_at: AGENT_LIST_PREFIXES.updated_at,
};
/** Reads one page may take when filters discard most items; past it the page is returned short, with a cursor. */
const MAX_READS = 25;

const queryInput = (q: AgentListQuery): QueryCommandInput => {
  const index = tableDefinition.globalIndexes.find((i) => i.name === INDEX_BY_SORT[q.sort]);
  if (!index) throw new Error(`no index for sort ${q.sort}`);
  const deleted = q.filters.status === 'deleted';
  const qSlug = q.sort === 'name' && q.filters.q ? slugify(q.filters.q) : '';
  const names: Record<string, string> = { '#pk': index.partitionKey, '#sk': index.sortKey };
  const values: Record<string, unknown> = {
    ':pk': agentsPartition(q.workspaceId),
    ':prefix': `${deleted ? AGENT_LIST_PREFIXES.deleted : ''}${PREFIX_BY_SORT[q.sort]}${qSlug}`,
  };
  const conditions: string[] = [];
  for (const field of ['status', 'runtime_state', 'type', 'role', 'maturity_level'] as const) {
    const value = q.filters[field];
    if (value === undefined || (field === 'status' && deleted)) continue;
    names[`#${field}`] = field;
    values[`:${field}`] = value;
    conditions.push(`#${field} = :${field}`);
  }
  if (q.filters.tags?.length) {
    conditions.push(`(${q.filters.tags.map((tag, i) => ((values[`:tag${i}`] = tag), `contains(tags, :tag${i})`)).join(' OR ')})`);
  }
  if (q.filters.q) {
    values[':q'] = q.filters.q.toLowerCase();
    conditions.push('begins_with(name_search, :q)');
  }
  return {
    TableName: tableName,
    IndexName: index.name,
    KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
    ...(conditions.length > 0 ? { FilterExpression: conditions.join(' AND ') } : {}),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
    ScanIndexForward: q.order === 'asc',
  };
};

const cursorShape = (q: AgentListQuery) => {
  const index = tableDefinition.globalIndexes.find((i) => i.name === INDEX_BY_SORT[q.sort]);
  const attributes = [tableDefinition.partitionKey, tableDefinition.sortKey, index?.partitionKey ?? '', index?.sortKey ?? ''];
  return { partitionAttribute: index?.partitionKey ?? '', partition: agentsPartition(q.workspaceId), keyAttributes: attributes, list: `agents:${q.sort}:${q.order}` };
};

/** Collects up to `wanted` matching agents from `start`; answers them and where the next read starts. */
const collect = async (q: AgentListQuery, wanted: number, start: Record<string, unknown> | undefined) => {
  const input = queryInput(q);
  const shape = cursorShape(q);
  const items: Record<string, unknown>[] = [];
  let next = start;
  for (let reads = 0; reads < MAX_READS && items.length < wanted; reads += 1) {
    const result = await ddb.send(new QueryCommand({ ...input, ExclusiveStartKey: next, Limit: Math.max(wanted - items.length, 10) }));
    for (const item of result.Items ?? []) {
      if (items.length === wanted) return { items, next: keysOf(items[items.length - 1] as Record<string, unknown>, shape.keyAttributes) };
      items.push(item);
    }
    next = result.LastEvaluatedKey;
    if (!next) return { items, next: undefined };
  }
  return { items, next: items.length === wanted ? keysOf(items[items.length - 1] as Record<string, unknown>, shape.keyAttributes) : next };
};

const isUnfiltered = (q: AgentListQuery) => Object.values(q.filters).every((v) => v === undefined || (Array.isArray(v) && v.length === 0));

/** Reads (of up to 1 MB each) a filtered count may take: a few thousand agents; past it `total` is null. */
const MAX_COUNT_READS = 8;

const countMatching = async (q: AgentListQuery): Promise<number | null> => {
  // Unfiltered: the counter item (counted agents) plus the system agent. Filtered: a bounded keys-only COUNT.
  return isUnfiltered(q) ? (await countAgents(q.workspaceId)) + 1 : countQueryWithin(queryInput(q), MAX_COUNT_READS);
};

export const listAgents = async (q: AgentListQuery) => {
  const start = q.cursor ? await decodeCursor(q.cursor, cursorShape(q)) : undefined;
  const page = q.cursor ? 1 : (q.page ?? 1);
  const [collected, total] = await Promise.all([collect(q, page * q.limit, start), countMatching(q)]);
  const items = collected.items.slice((page - 1) * q.limit).map((item) => withoutKeys<Agent & { name_search?: string }>(item));
  return {
    items: items.map(({ name_search: _search, ...agent }) => agent as Agent),
    page,
    limit: q.limit,
    total,
    nextCursor: await encodeCursor(collected.next, cursorShape(q)),
  };
};
