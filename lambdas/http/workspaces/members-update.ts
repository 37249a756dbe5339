import { changeMemberRole, getMember } from '../../data/workspaces';
import { canAssignRole, canChangeMember, countedOwner } from '../../domain/workspaces';
import { NotFound } from '../../shared/errors';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { accessWorkspace, requireRole } from '../../use-cases/workspaces/authorize';
import { updateMember } from './routes';
import { memberView } from './views';

export const handler = httpHandler(updateMember, async ({ params, body, principal }) => {
  const access = await accessWorkspace(principal, params.ws);
  const member = await getMember(params.ws, params.user);
  if (!member) throw new NotFound(`${params.user} is not a member of this workspace`, 'member');
  // Changing one's own role is not leaving: it needs the same rights as changing anyone's.
  requireRole(
    access,
    (role) => canChangeMember(role, member.role, false) && canAssignRole(role, body.role),
    `make ${member.email} a${body.role === 'admin' ? 'n' : ''} ${body.role}`,
  );
  await changeMemberRole(params.ws, member.email, member.role, body.role, countedOwner(access.workspace, member));
  return ok({ member: memberView({ ...member, role: body.role }) });
});
