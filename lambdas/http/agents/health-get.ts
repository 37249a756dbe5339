import { storeHealth } from '../../data/agent-health';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadAgent } from '../../use-cases/agents/authorize';
import { loadAgentToRun } from '../../use-cases/agents/authorize-run';
import { checkAgentHealth } from '../../use-cases/agents/check-health';
import { probeModelFor } from '../../use-cases/agents/probe-model';
import { getAgentHealth } from './routes';

export const handler = httpHandler(getAgentHealth, async ({ params, principal, query }) => {
  // A probe calls the model, which costs what a run costs: only those who may run the agent may ask for one.
  const agent = query.probe ? await loadAgentToRun(principal, params.agent, 'probe') : await loadAgent(principal, params.agent);
  const { health } = await checkAgentHealth(agent, query.probe ? probeModelFor(principal.tier ?? 'free') : undefined);
  await storeHealth(agent, health);
  return ok({ health }, { version: agent.version });
});
