import { getAgentDetail } from '../../data/agent-detail';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadAgent } from '../../use-cases/agents/authorize';
import { getAgent } from './routes';
import { agentDetailView } from './views';

export const handler = httpHandler(getAgent, async ({ params, principal }) => {
  const agent = await loadAgent(principal, params.agent);
  return ok({ agent: agentDetailView(agent, await getAgentDetail(agent.id), principal.user_id) }, { version: agent.version });
});
