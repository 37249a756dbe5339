import { recentAgentLogs } from '../../../data/agent-logs';
import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { loadAgent } from '../../../use-cases/agents/authorize';
import { listAgentLogs } from '../subresource-routes';

export const handler = httpHandler(listAgentLogs, async ({ params, query, principal }) => {
  const agent = await loadAgent(principal, params.agent);
  return ok({ logs: await recentAgentLogs(agent.id, query.tail) });
});
