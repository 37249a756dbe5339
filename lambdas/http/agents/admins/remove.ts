import { revokeAccess } from '../../../data/agent-access';
import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { loadAgentFor } from '../../../use-cases/agents/authorize';
import { removeAgentAdmin } from '../access-routes';

export const handler = httpHandler(removeAgentAdmin, async ({ params, principal }) => {
  const { agent } = await loadAgentFor(principal, params.agent, 'manage');
  await revokeAccess(agent.id, params.admin, ['admin']);
  return ok({ deleted: true, admin_id: params.admin });
});
