import { healthWrite, readHealthInputs, readHealthInputsOnceAssigned, readHealthInputsWithCredentials } from '../../data/agent-health';
import type { PreparedCredentialChange } from '../../data/agent-credentials';
import type { PluginItems } from '../../data/plugin-items';
import type { TransactItem } from '../../data/operations';
import { type AgentHealth, type CapabilityHealth, checkHealth, failingChecks, type HealthInputs } from '../../domain/agents/health';
import type { Agent } from '../../domain/agents/model';
import { localProviderAvailable } from '../../domain/model-access';
import { Conflict } from '../../domain/errors';

/**
 * Runs an agent's health check (domain/agents/health.ts) over what is stored now. It runs at `start`,
 * on `GET /api/agents/{agent}/health`, with a change of the agent's credentials or plugins (checked as they
 * will be, written in the change's own transaction) and of the model or integrations it names (change.ts);
 * each stores its result on the agent, which every other read of the agent shows as it was last stored.
 * Not rechecked: agents whose plugin a workspace disables with force, or whose llm integration's credentials
 * change; their next check shows it.
 */

export interface HealthCheck {
  health: AgentHealth;
  inputs: HealthInputs;
}

/** The check; with `probe`, a model whose configuration passes is also called once. */
export const checkAgentHealth = async (agent: Agent, probe?: (agent: Agent) => Promise<CapabilityHealth>): Promise<HealthCheck> => {
  const inputs = await inputsOf(agent);
  const now = new Date().toISOString();
  const health = checkHealth(inputs, now);
  if (!probe || !health.capabilities.model.healthy) return { health, inputs };
  const probed = { ...inputs, probe: await probe(agent) };
  return { health: checkHealth(probed, now), inputs: probed };
};

const withAgent = (agent: Agent, reads: Awaited<ReturnType<typeof readHealthInputs>>): HealthInputs => ({
  ...reads,
  agent,
  local_provider_available: localProviderAvailable(),
});

const inputsOf = async (agent: Agent): Promise<HealthInputs> => withAgent(agent, await readHealthInputs(agent));

/**
 * The check as it will read once the agent holds credentials by these names, from what it reads now: the result
 * is written in the credentials' change itself, so the two can never disagree. The credentials record comes from
 * the same read, for the change to start from.
 */
export const healthOnceCredentialsAre = async (agent: Agent): Promise<PreparedCredentialChange> => {
  const { reads, credentials } = await readHealthInputsWithCredentials(agent);
  const inputs = withAgent(agent, reads);
  return {
    record: credentials,
    also: (entries) => [
      healthWrite(agent, checkHealth({ ...inputs, held_credentials: entries.map((e) => e.name) }, new Date().toISOString())),
    ],
  };
};

/**
 * The same, for the agent once these plugins are assigned to it, from the plugins' items the assignment
 * reads: written with the assignment.
 */
export const healthOnceAssigned = async (
  agent: Agent,
): Promise<(pluginIds: readonly string[], items: PluginItems) => Promise<TransactItem[]>> => {
  const inputsWith = await readHealthInputsOnceAssigned(agent);
  return async (pluginIds, items) => [
    healthWrite(agent, checkHealth(withAgent(agent, await inputsWith(pluginIds, items)), new Date().toISOString())),
  ];
};

export const agentUnhealthy = (agent: Pick<Agent, 'slug'>, health: AgentHealth) => {
  const failing = failingChecks(health);
  return new Conflict(
    'AGENT_UNHEALTHY',
    `agent ${agent.slug} is not healthy (${failing.map((f) => f.check).join(', ')}); ` +
      'fix what the details name, or start it anyway with force',
    failing,
  );
};
