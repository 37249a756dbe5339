import { storeHealth } from '../../data/agent-health';
import { requiredCredentials } from '../../domain/agents/health';
import { started } from '../../domain/agents/lifecycle';
import { type CredentialsInjection, credentialsInjection } from '../../domain/secrets/credentials';
import type { Principal } from '../../shared/principal';
import { changeRuntime } from './change-runtime';
import { agentUnhealthy, checkAgentHealth, type HealthCheck } from './check-health';
import type { AgentWithStats } from './with-stats';

/**
 * Starting an agent, the primary course:
 * 1. the change (change-runtime.ts) to running, under the caller's manage rights and `If-Match`;
 * 2. a health check at every start, since plugins, credentials and integrations change independently of
 *    the agent: unhealthy and not forced, the result is stored and the start refused (409 AGENT_UNHEALTHY);
 * 3. the agent saved with its health, and which of the credentials its plugins need are still to inject;
 * 4. its statistics, read beside the agent, go with the answer.
 */
export const startAgent = async (
  principal: Principal,
  ref: string,
  ifMatch: number | undefined,
  force: boolean,
): Promise<AgentWithStats & { credentials: CredentialsInjection }> => {
  let check: HealthCheck | undefined;
  const changed = await changeRuntime(
    principal,
    ref,
    ifMatch,
    async (before, now) => {
      const running = started(before, now);
      check = await checkAgentHealth(before);
      if (!check.health.healthy && !force) {
        await storeHealth(before, check.health);
        throw agentUnhealthy(before, check.health);
      }
      return { ...running, health: check.health };
    },
    'agent.started',
  );
  const inputs = (check as HealthCheck).inputs;
  return { ...changed, credentials: credentialsInjection(requiredCredentials(inputs.plugins), inputs.held_credentials) };
};
