import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { changeAgent } from './change-agent';
import { started } from '../../domain/agents/lifecycle';
import { startAgent } from './routes';
import { agentView } from './views';

export const handler = httpHandler(startAgent, async ({ params, principal, ifMatch }) => {
  const agent = await changeAgent(principal, params.agent, ifMatch, started, 'agent.started');
  return ok({ agent: agentView(agent) }, { version: agent.version });
});
