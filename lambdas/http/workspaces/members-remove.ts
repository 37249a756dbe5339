import { getMember, removeMember as deleteMember } from '../../data/workspaces';
import { canChangeMember } from '../../domain/workspaces';
import { NotFound } from '../../shared/errors';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { accessWorkspace, requireRole } from './access';
import { removeMember } from './routes';

export const handler = httpHandler(removeMember, async ({ params, principal }) => {
  const access = await accessWorkspace(principal, params.ws);
  const member = await getMember(params.ws, params.user);
  if (!member) throw new NotFound(`${params.user} is not a member of this workspace`, 'member');
  requireRole(access, (role) => canChangeMember(role, member.role, member.email === principal.email), `remove ${member.email}`);
  await deleteMember(params.ws, member.email, member.role);
  return ok({ deleted: true, member_id: member.email });
});
