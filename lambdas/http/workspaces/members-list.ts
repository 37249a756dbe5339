import { listMembers as storedMembers } from '../../data/workspaces';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { listData } from '../pagination';
import { accessWorkspace } from '../../use-cases/workspaces/authorize';
import { listMembers } from './routes';
import { memberView } from './views';

export const handler = httpHandler(listMembers, async ({ params, query, principal }) => {
  await accessWorkspace(principal, params.ws);
  const page = await storedMembers(params.ws, query);
  return ok(listData('members', page.items.map(memberView), page));
});
