import { getAgentStats } from '../../data/agent-stats';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { patchAgent } from './routes';
import { updateAgent } from '../../use-cases/agents/update';
import { agentView } from './views';

export const handler = httpHandler(patchAgent, async ({ params, body, principal, ifMatch }) => {
  const agent = await updateAgent(principal, params.agent, ifMatch, body);
  return ok({ agent: agentView(agent, await getAgentStats(agent.id)) }, { version: agent.version });
});
