import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { removeMember } from '../../use-cases/workspaces/remove-member';
import * as routes from './routes';

export const handler = httpHandler(routes.removeMember, async ({ params, principal }) => {
  const member = await removeMember(principal, params.ws, params.user);
  return ok({ deleted: true, member_id: member.email });
});
