import { getAgentStats } from '../../data/agent-stats';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { changeAgent } from '../../use-cases/agents/change';
import { stopped } from '../../domain/agents/lifecycle';
import { stopAgent } from './routes';
import { agentView } from './views';

export const handler = httpHandler(stopAgent, async ({ params, principal, ifMatch }) => {
  const agent = await changeAgent(principal, params.agent, ifMatch, stopped, 'agent.stopped');
  return ok({ agent: agentView(agent, await getAgentStats(agent.id)) }, { version: agent.version });
});
