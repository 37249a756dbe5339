import { listMembers } from '../../data/workspaces';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { listData } from '../pagination';
import { accessWorkspace } from '../../use-cases/workspaces/authorize';
import * as routes from './routes';
import { memberView } from './views';

export const handler = httpHandler(routes.listMembers, async ({ params, query, principal }) => {
  await accessWorkspace(principal, params.ws);
  const page = await listMembers(params.ws, query);
  return ok(listData('members', page.items.map(memberView), page));
});
