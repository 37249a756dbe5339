import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { ListPage, ListRequest } from '../domain/list-page';
import { decodeCursor, encodeCursor } from './cursor';
import { type PageQuery, pageKeyAttributes, queryPage } from './operations';
import { scopeQuery } from './patterns';
import { ddb } from './table';

/**
 * A list page in either of API.md's styles: `cursor`+`limit` costs O(limit); `page`+`limit` walks
 * the earlier pages (O(offset), meant for small collections). `listPage`'s `total` is a keys-only
 * COUNT over the same key condition, or a counter item. A cursor page reports `page: 1`: a cursor
 * carries no page number.
 */

// Re-exported: a repository takes its page types from where it takes listPage.
export type { ListPage, ListRequest };

type Scope = Pick<PageQuery, 'index' | 'partition' | 'sortPrefix' | 'ascending' | 'filter'>;

/** Counts what a query matches, keys only, page by page (the documented exception to O(page)). */
export const countQuery = async (input: QueryCommandInput): Promise<number> =>
  (await countQueryWithin(input, Number.POSITIVE_INFINITY)) ?? 0;

/** The same count, giving up (null) after `maxReads` reads of up to 1 MB each rather than holding the request. */
export const countQueryWithin = async (input: QueryCommandInput, maxReads: number): Promise<number | null> => {
  let total = 0;
  let startKey: Record<string, unknown> | undefined;
  let reads = 0;
  do {
    if (reads === maxReads) return null;
    const result = await ddb.send(new QueryCommand({ ...input, Select: 'COUNT', ExclusiveStartKey: startKey }));
    reads += 1;
    total += result.Count ?? 0;
    startKey = result.LastEvaluatedKey;
  } while (startKey);
  return total;
};

export const countItems = async (scope: Scope): Promise<number> => {
  return countQuery(
    scopeQuery(scope, scope.filter ? { FilterExpression: scope.filter.expression, ExpressionAttributeValues: scope.filter.values } : {}),
  );
};

/** A cursor of this list holds the key its page ended on, bound to the partition, sort-key prefix, order and filter it lists. */
const cursorShape = (scope: Scope) => {
  const { partitionAttribute, keyAttributes } = pageKeyAttributes(scope);
  const list = JSON.stringify([scope.index ?? 'table', scope.sortPrefix ?? '', scope.ascending ?? true, scope.filter ?? null]);
  return { partitionAttribute, partition: scope.partition, keyAttributes, list };
};

/** Reads a filtered list may take to fill one page (each reads at most `limit` items); past it the page is short, with a cursor. */
const MAX_READS_PER_PAGE = 8;

/** Up to `limit` items from `startKey`: one read, or more when a filter dropped some. */
const fillPage = async <T>(scope: Scope, limit: number, startKey: Record<string, unknown> | undefined) => {
  const items: T[] = [];
  let lastKey = startKey;
  for (let reads = 0; reads < MAX_READS_PER_PAGE; reads += 1) {
    const read = await queryPage<T>({ ...scope, limit: limit - items.length, startKey: lastKey });
    items.push(...read.items);
    lastKey = read.lastKey;
    if (!lastKey || items.length === limit) break;
  }
  return { items, lastKey };
};

/** `total`: how to count the whole list; a keys-only COUNT of the scope unless a counter item knows it. */
export const listPage = async <T>(
  scope: Scope,
  request: ListRequest,
  total: () => Promise<number> = () => countItems(scope),
): Promise<ListPage<T>> => {
  const shape = cursorShape(scope);
  const page = request.cursor ? 1 : (request.page ?? 1);
  let startKey: Record<string, unknown> | undefined = request.cursor ? await decodeCursor(request.cursor, shape) : undefined;
  let exhausted = false;
  for (let skipped = 1; skipped < page && !exhausted; skipped += 1) {
    startKey = (await fillPage(scope, request.limit, startKey)).lastKey;
    exhausted = startKey === undefined;
  }
  const [result, counted] = await Promise.all([
    exhausted ? Promise.resolve({ items: [] as T[], lastKey: undefined }) : fillPage<T>(scope, request.limit, startKey),
    total(),
  ]);
  return { items: result.items, page, limit: request.limit, total: counted, nextCursor: await encodeCursor(result.lastKey, shape) };
};
