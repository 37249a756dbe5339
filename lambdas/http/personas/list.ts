import { listPersonas as storedPersonas } from '../../data/personas';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { currentWorkspace } from '../agents/access';
import { listData } from '../pagination';
import { listPersonas } from './routes';
import { personaView } from './views';

export const handler = httpHandler(listPersonas, async ({ query, principal }) => {
  const page = await storedPersonas(currentWorkspace(principal), query);
  return ok(listData('personas', page.items.map(personaView), page));
});
