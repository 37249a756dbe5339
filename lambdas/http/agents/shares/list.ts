import { entriesOf } from '../../data/agent-access';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadAgentFor } from '../../use-cases/agents/authorize';
import { listShares } from './access-routes';
import { entryView } from './views';

export const handler = httpHandler(listShares, async ({ params, principal }) => {
  const { agent } = await loadAgentFor(principal, params.agent, 'read');
  return ok({ shares: (await entriesOf(agent.id, ['use', 'view'])).map(entryView) });
});
