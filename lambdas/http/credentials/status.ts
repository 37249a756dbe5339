import { credentialEntries } from '../../data/agent-credential-entries';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadAgentFor } from '../agents/access';
import { credentialStatus } from './routes';

export const handler = httpHandler(credentialStatus, async ({ params, principal }) => {
  const { agent } = await loadAgentFor(principal, params.agent, 'manage');
  return ok({ credentials: await credentialEntries(agent) });
});
