import { removeGrantsOf } from '../../data/agent-access';
import { revokeKeysCreatedBy } from '../../data/api-keys';
import { getMember, lastOwner, removeMember as deleteMember } from '../../data/workspaces';
import { canChangeMember, countedOwner } from '../../domain/workspaces';
import { NotFound } from '../../shared/errors';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { accessWorkspace, requireRole } from '../../use-cases/workspaces/authorize';
import { removeMember } from './routes';

export const handler = httpHandler(removeMember, async ({ params, principal }) => {
  const access = await accessWorkspace(principal, params.ws);
  const member = await getMember(params.ws, params.user);
  if (!member) throw new NotFound(`${params.user} is not a member of this workspace`, 'member');
  requireRole(access, (role) => canChangeMember(role, member.role, member.email === principal.email), `remove ${member.email}`);
  // Their grants and keys go first, so a retry after a failure in between finds the member and finishes;
  // the last owner is refused before anything is revoked (the removal's transaction still holds under races).
  if (member.role === 'owner' && access.workspace.owner_count <= 1) throw lastOwner();
  await Promise.all([removeGrantsOf(member.email, params.ws), revokeKeysCreatedBy(params.ws, member.email)]);
  await deleteMember(params.ws, member.email, member.role, countedOwner(access.workspace, member));
  return ok({ deleted: true, member_id: member.email });
});
