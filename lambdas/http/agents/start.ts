import { getAgentStats } from '../../data/agent-stats';
import { storeHealth } from '../../data/agent-health';
import { requiredCredentials } from '../../domain/agents/health';
import { started } from '../../domain/agents/lifecycle';
import { credentialsInjection } from '../../domain/secrets/credentials';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { changeAgent } from '../../use-cases/agents/change';
import { agentUnhealthy, checkAgentHealth, type HealthCheck } from '../../use-cases/agents/check-health';
import { startAgent } from './routes';
import { agentView } from './views';

export const handler = httpHandler(startAgent, async ({ params, principal, ifMatch, body, query }) => {
  const force = body.force || query.force;
  // Checked at every start: plugins, credentials and integrations change independently of the agent.
  let check: HealthCheck | undefined;
  const agent = await changeAgent(
    principal,
    params.agent,
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
  return ok(
    {
      agent: agentView(agent, await getAgentStats(agent.id)),
      credentials_injection: credentialsInjection(requiredCredentials(inputs.plugins), inputs.held_credentials),
    },
    { version: agent.version },
  );
});
