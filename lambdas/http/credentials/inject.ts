import { changeAgentCredentials } from '../../data/agent-credentials';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadAgentFor } from '../../use-cases/agents/authorize';
import { injectCredentials } from './routes';
import { recheckHealth } from '../../use-cases/agents/check-health';

export const handler = httpHandler(injectCredentials, async ({ params, body, principal }) => {
  const { agent } = await loadAgentFor(principal, params.agent, 'manage');
  const credentials = await changeAgentCredentials(agent, { kind: 'merge', values: body.credentials });
  await recheckHealth(agent);
  return ok({ credentials });
});
