import { storeHealth } from '../../data/agent-health';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadAgent } from './access';
import { checkAgentHealth } from './health-check';
import { probeModel } from './model-probe';
import { getAgentHealth } from './routes';

export const handler = httpHandler(getAgentHealth, async ({ params, principal, query }) => {
  const agent = await loadAgent(principal, params.agent);
  const { health } = await checkAgentHealth(agent, query.probe ? probeModel : undefined);
  await storeHealth(agent, health);
  return ok({ health }, { version: agent.version });
});
