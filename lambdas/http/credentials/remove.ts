import { changeAgentCredentials } from '../../data/agent-credentials';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadAgentFor } from '../../use-cases/agents/authorize';
import { removeCredential } from './routes';
import { recheckHealth } from '../../use-cases/agents/check-health';

export const handler = httpHandler(removeCredential, async ({ params, principal }) => {
  const { agent } = await loadAgentFor(principal, params.agent, 'manage');
  await changeAgentCredentials(agent, { kind: 'remove', name: params.name });
  await recheckHealth(agent);
  return ok({ deleted: true, name: params.name });
});
