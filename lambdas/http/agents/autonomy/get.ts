import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { loadAgent } from '../../../use-cases/agents/authorize';
import { getAutonomy } from '../subresource-routes';
import { autonomyView } from '../subresource-views';

export const handler = httpHandler(getAutonomy, async ({ params, principal }) => {
  const agent = await loadAgent(principal, params.agent);
  return ok({ autonomy: autonomyView(agent) }, { version: agent.version });
});
