import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { checkHealthNow } from '../../use-cases/agents/get-health';
import * as routes from './routes';

export const handler = httpHandler(routes.getAgentHealth, async ({ params, principal, query }) => {
  const { agent, health } = await checkHealthNow(principal, params.agent, query.probe);
  return ok({ health }, { version: agent.version });
});
