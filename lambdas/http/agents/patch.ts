import { applyUpdate } from '../../domain/agents/plan';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { changeAgent } from './change-agent';
import { patchAgent } from './routes';
import { agentView } from './views';

export const handler = httpHandler(patchAgent, async ({ params, body, principal, ifMatch }) => {
  const agent = await changeAgent(principal, params.agent, ifMatch, (current, now) => applyUpdate(current, body, now));
  return ok({ agent: agentView(agent) }, { version: agent.version });
});
