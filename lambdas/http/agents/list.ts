import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { listAgents } from '../../use-cases/agents/list';
import { listData } from '../pagination';
import * as routes from './routes';
import { agentView } from './views';

export const handler = httpHandler(routes.listAgents, async ({ query, principal }) => {
  const { sort, order, limit, cursor, page, ...filters } = query;
  const result = await listAgents(principal, { sort, order, limit, cursor, page, filters });
  return ok(
    listData(
      'agents',
      result.items.map(({ agent, stats }) => agentView(agent, stats)),
      result,
    ),
  );
});
