import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { loadAgent } from '../../../use-cases/agents/authorize';
import { getAgentInfo } from '../subresource-routes';
import { infoView } from '../subresource-views';

export const handler = httpHandler(getAgentInfo, async ({ params, principal }) => {
  const agent = await loadAgent(principal, params.agent);
  return ok({ info: infoView(agent) }, { version: agent.version });
});
