import { changeAgentCredentials } from '../../data/agent-credentials';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadAgentFor } from '../agents/access';
import { injectCredentials } from './routes';

export const handler = httpHandler(injectCredentials, async ({ params, body, principal }) => {
  const { agent } = await loadAgentFor(principal, params.agent, 'manage');
  return ok({ credentials: await changeAgentCredentials(agent, { kind: 'merge', values: body.credentials }) });
});
