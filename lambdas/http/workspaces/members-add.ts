import { outboxPut } from '../../data/outbox';
import { addMember as storeMember } from '../../data/workspaces';
import { canAssignRole } from '../../domain/workspaces';
import { httpHandler } from '../../shared/http';
import { created } from '../../shared/reply';
import { accessWorkspace, requireRole } from '../../use-cases/workspaces/authorize';
import { addMember } from './routes';
import { memberView } from './views';

export const handler = httpHandler(addMember, async ({ params, body, principal }) => {
  const access = await accessWorkspace(principal, params.ws);
  requireRole(access, (role) => canAssignRole(role, body.role), `add ${body.role}s`);
  const member = {
    workspace_id: params.ws,
    email: body.email,
    role: body.role,
    user_id: null,
    invited_by: principal.email || principal.user_id,
    joined_at: new Date().toISOString(),
  };
  await storeMember(member, [
    outboxPut('workspace.member_added', params.ws, { email: member.email, role: member.role, invited_by: member.invited_by }),
  ]);
  return created({ member: memberView(member) }, `/api/workspaces/${params.ws}/members/${encodeURIComponent(member.email)}`);
});
