import { httpHandler } from '../../shared/http';
import { created } from '../../shared/reply';
import { addMember } from '../../use-cases/workspaces/add-member';
import * as routes from './routes';
import { memberView } from './views';

export const handler = httpHandler(routes.addMember, async ({ params, body, principal }) => {
  const member = await addMember(principal, params.ws, body);
  return created({ member: memberView(member) }, `/api/workspaces/${params.ws}/members/${encodeURIComponent(member.email)}`);
});
