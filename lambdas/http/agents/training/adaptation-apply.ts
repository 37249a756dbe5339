import { getAgentStats } from '../../../data/agent-stats';
import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import * as training from '../../../use-cases/training/adapt';
import { applyAdaptation } from './routes';
import { agentView } from '../views';

export const handler = httpHandler(applyAdaptation, async ({ params, principal, ifMatch }) => {
  const { adaptation, agent } = await training.applyAdaptation(principal, params.agent, params.adaptation, ifMatch);
  return ok({ adaptation, agent: agentView(agent, await getAgentStats(agent.id)) }, { version: agent.version });
});
