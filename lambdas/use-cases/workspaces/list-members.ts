import * as workspaces from '../../data/workspaces';
import type { ListPage, ListRequest } from '../../domain/list-page';
import type { Member } from '../../domain/workspaces';
import type { Principal } from '../../shared/principal';
import { standingIn } from './authorize';

/**
 * Listing a workspace's members, the primary course:
 * 1. the caller is a member of the workspace (or a platform operator);
 * 2. one page of its members.
 */
export const listMembers = async (principal: Principal, workspaceId: string, request: ListRequest): Promise<ListPage<Member>> => {
  await standingIn(principal, workspaceId);
  return workspaces.listMembers(workspaceId, request);
};
