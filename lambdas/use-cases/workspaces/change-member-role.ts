import * as workspaces from '../../data/workspaces';
import { canAssignRole, canChangeMember, type Member, ownedPlaceMove, type Role } from '../../domain/workspaces';
import { NotFound } from '../../domain/errors';
import type { Principal } from '../../shared/principal';
import { accessWorkspaceWith, requireRole } from './authorize';

/**
 * Changing a member's role, the primary course:
 * 1. the workspace and the member, read together: the member exists, and the caller may change them and
 *    grant the role; changing one's own role is not leaving: it needs the same rights as changing anyone's;
 * 2. the role is stored, with the owner count and the creator's owned-workspace place it moves.
 */
export const changeMemberRole = async (principal: Principal, workspaceId: string, email: string, newRole: Role): Promise<Member> => {
  const { item: member, ...access } = await accessWorkspaceWith(principal, workspaceId, workspaces.memberRead(workspaceId, email));
  if (!member) throw new NotFound(`${email} is not a member of this workspace`, 'member');
  requireRole(
    access,
    (role) => canChangeMember(role, member.role, false) && canAssignRole(role, newRole),
    `make ${member.email} a${newRole === 'admin' ? 'n' : ''} ${newRole}`,
  );
  await workspaces.changeMemberRole(workspaceId, member.email, member.role, newRole, ownedPlaceMove(access.workspace, member, newRole));
  return { ...member, role: newRole };
};
