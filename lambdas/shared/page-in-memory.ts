import { offsetCursor, readOffsetCursor } from '../data/cursor';
import type { ListPage, ListRequest } from '../domain/list-page';

/**
 * One page of a list held whole in memory (already sorted): `page` or a signed offset cursor bound
 * to the list (`list` names it and its owner) and its sort.
 */
export const pageInMemory = async <T>(all: readonly T[], request: ListRequest, list: string, sort: string): Promise<ListPage<T>> => {
  const offset = request.cursor ? await readOffsetCursor(list, request.cursor, sort) : ((request.page ?? 1) - 1) * request.limit;
  const end = offset + request.limit;
  return {
    items: all.slice(offset, end),
    page: request.cursor ? 1 : (request.page ?? 1),
    limit: request.limit,
    total: all.length,
    nextCursor: end < all.length ? await offsetCursor(list, end, sort) : null,
  };
};
