import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { listPersonas } from '../../use-cases/personas/list';
import { listData } from '../pagination';
import * as routes from './routes';
import { personaView } from './views';

export const handler = httpHandler(routes.listPersonas, async ({ query, principal }) => {
  const page = await listPersonas(principal, query);
  return ok(listData('personas', page.items.map(personaView), page));
});
