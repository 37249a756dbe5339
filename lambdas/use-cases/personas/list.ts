import * as personas from '../../data/personas';
import type { ListPage, ListRequest } from '../../domain/list-page';
import type { Persona } from '../../domain/personas';
import { currentWorkspace, type Principal } from '../../shared/principal';

/**
 * Listing the current workspace's personas, the primary course:
 * 1. a caller with no workspace at all gets an empty list, as for agents (API.md);
 * 2. otherwise one page of the workspace's personas, which every member reads.
 */
export const listPersonas = async (principal: Principal, request: ListRequest): Promise<ListPage<Persona>> => {
  if (!principal.workspace_id && !principal.requested_workspace_id) {
    return { items: [], page: request.cursor ? 1 : (request.page ?? 1), limit: request.limit, total: 0, nextCursor: null };
  }
  return personas.listPersonas(currentWorkspace(principal), request);
};
