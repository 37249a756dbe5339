import { listPersonas } from '../../data/personas';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { currentWorkspace } from '../../shared/principal';
import { listData } from '../pagination';
import * as routes from './routes';
import { personaView } from './views';

export const handler = httpHandler(routes.listPersonas, async ({ query, principal }) => {
  // API.md: a caller with no workspace at all gets an empty list, as for agents.
  if (!principal.workspace_id && !principal.requested_workspace_id) {
    return ok(listData('personas', [], { page: query.cursor ? 1 : (query.page ?? 1), limit: query.limit, total: 0, nextCursor: null }));
  }
  const page = await listPersonas(currentWorkspace(principal), query);
  return ok(listData('personas', page.items.map(personaView), page));
});
