import { removeGrantsOf } from '../../data/agent-access';
import { revokeKeysCreatedBy } from '../../data/api-keys';
import * as workspaces from '../../data/workspaces';
import { canChangeMember, type Member, ownedPlaceReleased } from '../../domain/workspaces';
import { NotFound } from '../../domain/errors';
import type { Principal } from '../../shared/principal';
import { accessWorkspaceWith, requireRole } from './authorize';

/**
 * Removing a member (or leaving), the primary course:
 * 1. the workspace and the member, read together: the member exists and the caller may change them (owners
 *    anyone; admins non-owners; everyone themselves);
 * 2. the last owner is refused before anything is revoked (the removal's transaction still holds under races);
 * 3. their grants and keys go first, so a retry after a failure in between finds the member and finishes;
 * 4. the membership goes, with the owner count and the owned-workspace place it moves.
 */
export const removeMember = async (principal: Principal, workspaceId: string, email: string): Promise<Member> => {
  const { item: member, ...access } = await accessWorkspaceWith(principal, workspaceId, workspaces.memberRead(workspaceId, email));
  if (!member) throw new NotFound(`${email} is not a member of this workspace`, 'member');
  requireRole(access, (role) => canChangeMember(role, member.role, member.email === principal.email), `remove ${member.email}`);
  if (member.role === 'owner' && access.workspace.owner_count <= 1) throw workspaces.lastOwner();
  await Promise.all([removeGrantsOf(member.email, workspaceId), revokeKeysCreatedBy(workspaceId, member.email)]);
  await workspaces.removeMember(workspaceId, member.email, member.role, ownedPlaceReleased(access.workspace, member));
  return member;
};
