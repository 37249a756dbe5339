import { httpHandler } from '../../shared/http';
import { created } from '../../shared/reply';
import { createAgent } from '../../use-cases/agents/create';
import { checkAvatar } from '../../use-cases/agents/store-avatar';
import * as routes from './routes';
import { agentView } from './views';

export const handler = httpHandler(routes.createAgent, async ({ body: { changes, avatar }, principal }) => {
  // The avatar is decoded and checked before anything is read or written.
  const agent = await createAgent(principal, changes, checkAvatar(avatar));
  return created({ agent: agentView(agent) }, `/api/agents/${agent.id}`, { version: agent.version });
});
