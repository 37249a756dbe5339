import { getAgentStats } from '../../data/agent-stats';
import { summarizeStats } from '../../domain/agents/stats';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadAgent } from './access';
import { getAgent } from './routes';
import { agentView } from './views';

export const handler = httpHandler(getAgent, async ({ params, principal }) => {
  const agent = await loadAgent(principal, params.agent);
  const stats = summarizeStats(await getAgentStats(agent.id));
  return ok({ agent: agentView(agent, stats) }, { version: agent.version });
});
