import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { changeMemberRole } from '../../use-cases/workspaces/change-member-role';
import * as routes from './routes';
import { memberView } from './views';

export const handler = httpHandler(routes.updateMember, async ({ params, body, principal }) =>
  ok({ member: memberView(await changeMemberRole(principal, params.ws, params.user, body.role)) }),
);
