import { getAgentStats } from '../../data/agent-stats';
import { applyUpdate } from '../../domain/agents/plan';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadAgentFor } from '../../use-cases/agents/authorize';
import { assertNotBusy } from '../../use-cases/agents/assert-not-busy';
import { changeAgent } from '../../use-cases/agents/change';
import { renameAgent } from './routes';
import { agentView } from './views';

export const handler = httpHandler(renameAgent, async ({ params, body, principal, ifMatch }) => {
  await assertNotBusy((await loadAgentFor(principal, params.agent, 'manage')).agent);
  const agent = await changeAgent(principal, params.agent, ifMatch, (current, now) => applyUpdate(current, body, now), 'agent.renamed');
  return ok({ agent: agentView(agent, await getAgentStats(agent.id)) }, { version: agent.version });
});
