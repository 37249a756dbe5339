import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { listMembers } from '../../use-cases/workspaces/list-members';
import { listData } from '../pagination';
import * as routes from './routes';
import { memberView } from './views';

export const handler = httpHandler(routes.listMembers, async ({ params, query, principal }) => {
  const page = await listMembers(principal, params.ws, query);
  return ok(listData('members', page.items.map(memberView), page));
});
