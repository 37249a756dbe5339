import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { loadAgent } from '../../../use-cases/agents/authorize';
import { getReadOnly } from '../subresource-routes';
import { readOnlyView } from '../subresource-views';

export const handler = httpHandler(getReadOnly, async ({ params, principal }) => {
  const agent = await loadAgent(principal, params.agent);
  return ok({ read_only: readOnlyView(agent) }, { version: agent.version });
});
