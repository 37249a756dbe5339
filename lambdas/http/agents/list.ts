import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { listData } from '../pagination';
import { listAgents } from './routes';
import { agentView } from './views';
import { visibleAgents } from './visible';

export const handler = httpHandler(listAgents, async ({ query, principal }) => {
  const { sort, order, limit, cursor, page, ...filters } = query;
  const result = await visibleAgents(principal, { sort, order, limit, cursor, page, filters });
  return ok(listData('agents', result.items.map((agent) => agentView(agent)), result));
});
