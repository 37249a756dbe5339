import { outboxPut } from '../../data/outbox';
import * as workspaces from '../../data/workspaces';
import { canAssignRole, type Member, type Role } from '../../domain/workspaces';
import type { Principal } from '../../shared/principal';
import { standingIn, requireRole } from './authorize';

/**
 * Adding a member, the primary course:
 * 1. the caller may grant the role (owners any; admins members and admins);
 * 2. store the membership with its `workspace.member_added` event.
 */
export const addMember = async (principal: Principal, workspaceId: string, input: { email: string; role: Role }): Promise<Member> => {
  const access = await standingIn(principal, workspaceId);
  requireRole(access, (role) => canAssignRole(role, input.role), `add ${input.role}s`);
  const invitedBy = principal.email || principal.user_id;
  const member: Member = {
    workspace_id: workspaceId,
    email: input.email,
    role: input.role,
    user_id: null,
    invited_by: invitedBy,
    joined_at: new Date().toISOString(),
    // Inviting takes no owned-workspace place, nor does claiming the invitation (domain ownedPlaceMove).
    counted_as_owned: false,
  };
  await workspaces.addMember(member, [
    outboxPut('workspace.member_added', workspaceId, { email: member.email, role: member.role, invited_by: invitedBy }),
  ]);
  return member;
};
