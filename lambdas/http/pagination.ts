import * as z from 'zod';
import type { ListPage } from '../domain/list-page';
import { pagination } from '../shared/envelope';

/** API.md §1: page with `page`+`limit` or `cursor`+`limit` (1–100, default 20). */
export const paginationQuery = {
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('Items per page, 1–100'),
  per_page: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .optional()
    .describe('Alias of `limit` (the name some clients send); sending both answers 400'),
  page: z.coerce.number().int().min(1).max(10_000).optional().describe('Page number (ignored with `cursor`)'),
  cursor: z
    .string()
    .min(1)
    .max(2048)
    .optional()
    .describe(
      '`next_cursor` of the previous page of this same list; signed, so an altered one or one from another list or workspace answers 400',
    ),
};

export const paginationSchema = z.object({
  page: z.number().int(),
  limit: z.number().int(),
  total: z
    .number()
    .int()
    .nullable()
    .describe(
      [
        'Items the list holds;',
        'null for an agent list with several filters whose first page does not hold it all, and for a file listing',
        'or a workspace-wide list of available folders whose page does not reach its end (page on with `next_cursor`)',
      ].join(' '),
    ),
  pages: z.number().int().nullable(),
  next_cursor: z.string().nullable(),
});

export const listData = <K extends string>(key: K, items: unknown[], page: Omit<ListPage<unknown>, 'items'>) =>
  ({ [key]: items, pagination: pagination(page) }) as Record<K | 'pagination', unknown>;
