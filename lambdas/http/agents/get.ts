import { getAgentStats } from '../../data/agent-stats';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadAgent } from './access';
import { getAgent } from './routes';
import { agentView } from './views';

export const handler = httpHandler(getAgent, async ({ params, principal }) => {
  const agent = await loadAgent(principal, params.agent);
  return ok({ agent: { ...agentView(agent, await getAgentStats(agent.id)), is_owner: agent.owner === principal.user_id } }, { version: agent.version });
});
