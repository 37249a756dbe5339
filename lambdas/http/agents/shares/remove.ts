import { revokeAccess } from '../../data/agent-access';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadAgentFor } from '../../use-cases/agents/authorize';
import { unshareAgent } from './access-routes';

export const handler = httpHandler(unshareAgent, async ({ params, principal }) => {
  const { agent } = await loadAgentFor(principal, params.agent, 'manage');
  await revokeAccess(agent.id, params.email, ['use', 'view']);
  return ok({ deleted: true, share_id: params.email });
});
