import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import * as training from '../../../use-cases/training/adapt';
import * as routes from './routes';
import { agentView } from '../views';

export const handler = httpHandler(routes.revertAdaptation, async ({ params, principal, ifMatch }) => {
  const { adaptation, agent, stats } = await training.revertAdaptation(principal, params.agent, params.adaptation, ifMatch);
  return ok({ adaptation, agent: agentView(agent, stats) }, { version: agent.version });
});
