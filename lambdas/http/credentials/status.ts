import { credentialEntries } from '../../data/agent-credential-entries';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadAgentFor } from '../../use-cases/agents/authorize';
import { credentialStatus } from './routes';

export const handler = httpHandler(credentialStatus, async ({ params, principal }) => {
  const { agent } = await loadAgentFor(principal, params.agent, 'manage');
  return ok({ credentials: await credentialEntries(agent) });
});
