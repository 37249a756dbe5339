import { listMarketplace } from '../../data/plugins';
import type { ListPage, ListRequest } from '../../domain/list-page';
import type { Plugin } from '../../domain/plugins/model';

/**
 * Browsing the marketplace, the primary course:
 * 1. one page of the published plugins by name, those whose name starts with `q` when given; every caller sees the same.
 */
export const browsePlugins = (q: string | undefined, request: ListRequest): Promise<ListPage<Plugin>> => listMarketplace(q, request);
