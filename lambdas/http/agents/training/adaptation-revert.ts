import { getAgentStats } from '../../../data/agent-stats';
import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import * as training from '../../../use-cases/training/adapt';
import { revertAdaptation } from './routes';
import { agentView } from '../views';

export const handler = httpHandler(revertAdaptation, async ({ params, principal, ifMatch }) => {
  const { adaptation, agent } = await training.revertAdaptation(principal, params.agent, params.adaptation, ifMatch);
  return ok({ adaptation, agent: agentView(agent, await getAgentStats(agent.id)) }, { version: agent.version });
});
