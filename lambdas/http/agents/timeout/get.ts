import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { loadAgent } from '../../../use-cases/agents/authorize';
import { getTimeout } from '../subresource-routes';
import { timeoutView } from '../subresource-views';

export const handler = httpHandler(getTimeout, async ({ params, principal }) => {
  const agent = await loadAgent(principal, params.agent);
  return ok({ timeout: timeoutView(agent) }, { version: agent.version });
});
