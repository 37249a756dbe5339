import { storeHealth } from '../../data/agent-health';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadAgentFor } from '../../use-cases/agents/authorize';
import { checkAgentHealth } from './health-check';
import { assertMayProbe, probeModelFor } from './model-probe';
import { getAgentHealth } from './routes';

export const handler = httpHandler(getAgentHealth, async ({ params, principal, query }) => {
  const { agent, access } = await loadAgentFor(principal, params.agent, 'read');
  // A probe calls the model, which costs what a run costs: only those who may run the agent may ask for one.
  if (query.probe) assertMayProbe(principal, agent, access);
  const { health } = await checkAgentHealth(agent, query.probe ? probeModelFor(principal.tier ?? 'free') : undefined);
  await storeHealth(agent, health);
  return ok({ health }, { version: agent.version });
});
