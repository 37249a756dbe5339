import { storeHealth } from '../../data/agent-health';
import type { AgentHealth } from '../../domain/agents/health';
import type { Agent } from '../../domain/agents/model';
import type { Principal } from '../../shared/principal';
import { loadAgent } from './authorize';
import { loadAgentToRun } from './authorize-run';
import { checkAgentHealth } from './check-health';
import { probeModelFor } from './probe-model';

/**
 * Checking an agent's health now (`GET /api/agents/{agent}/health`), the primary course:
 * 1. load the agent the caller may read; for a probe, one the caller may run (authorize-run.ts);
 * 2. the check (check-health.ts); with `probe`, a model whose configuration passes is also called once (probe-model.ts);
 * 3. store the result on the agent.
 */
export const checkHealthNow = async (principal: Principal, ref: string, probe: boolean): Promise<{ agent: Agent; health: AgentHealth }> => {
  // A probe calls the model, which costs what a run costs: only those who may run the agent may ask for one.
  const agent = probe ? await loadAgentToRun(principal, ref, 'probe') : await loadAgent(principal, ref);
  const { health } = await checkAgentHealth(agent, probe ? probeModelFor(principal.tier ?? 'free') : undefined);
  await storeHealth(agent, health);
  return { agent, health };
};
