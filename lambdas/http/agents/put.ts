import { getAgentStats } from '../../data/agent-stats';
import { assertPersonaExists } from '../../data/references';
import { applyUpdate } from '../../domain/agents/plan';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { currentWorkspace } from './access';
import { changeAgent } from './change-agent';
import { putAgent } from './routes';
import { agentView } from './views';

export const handler = httpHandler(putAgent, async ({ params, body, principal, ifMatch }) => {
  await assertPersonaExists(currentWorkspace(principal), body.persona_id);
  const agent = await changeAgent(principal, params.agent, ifMatch, (current, now) => applyUpdate(current, body, now));
  return ok({ agent: agentView(agent, await getAgentStats(agent.id)) }, { version: agent.version });
});
