import { beginGraduation } from '../../../flows/graduation/begin';
import { httpHandler } from '../../../shared/http';
import { accepted } from '../../../shared/reply';
import { loadAgentFor } from '../../../use-cases/agents/authorize';
import { startGraduation } from './routes';
import { assertManagesWorkspace } from '../../../use-cases/graduations/authorize';

export const handler = httpHandler(startGraduation, async ({ params, body, principal }) => {
  const { agent } = await loadAgentFor(principal, params.agent, 'manage');
  assertManagesWorkspace(principal);
  const graduation = await beginGraduation(agent, body.target_level, principal.user_id);
  return accepted({ graduation }, { headers: { Location: `/api/agents/${agent.id}/graduations/${graduation.id}` } });
});
