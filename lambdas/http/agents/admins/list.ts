import { entriesOf } from '../../../data/agent-access';
import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { loadAgentFor } from '../../../use-cases/agents/authorize';
import { listAgentAdmins } from '../access-routes';
import { entryView } from '../views';

export const handler = httpHandler(listAgentAdmins, async ({ params, principal }) => {
  const { agent } = await loadAgentFor(principal, params.agent, 'read');
  return ok({ admins: (await entriesOf(agent.id, ['admin'])).map(entryView) });
});
