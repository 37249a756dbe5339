import { AGENT_FIELD_OF_KIND, type AgentIntegrationField, type IntegrationKind } from '../integrations';
import type { Agent } from './model';

/**
 * An agent's health (API.md §2 `health`): whether what it needs to run is in place, checked from stored
 * configuration only — nothing is called unless a probe's result is handed in. Four capabilities:
 * - `model`: the provider is known and usable here, and the credentials it needs are stored (an llm
 *   integration's, when the agent names one; else the agent's own);
 * - `plugins`: every assigned plugin still exists and is enabled in the workspace;
 * - `credentials`: every credential the assigned plugins' running versions require is stored;
 * - `integrations`: every integration the agent names exists, of the kind its field says.
 */

export interface CapabilityHealth {
  healthy: boolean;
  /** Why it is unhealthy, with what to do about it; null when healthy. */
  reason: string | null;
}

export const HEALTH_CAPABILITIES = ['model', 'plugins', 'credentials', 'integrations'] as const;
export type HealthCapability = (typeof HEALTH_CAPABILITIES)[number];

export interface AgentHealth {
  healthy: boolean;
  checked_at: string | null;
  capabilities: Record<string, CapabilityHealth>;
}

/** What an integration the agent names looks like to the check: never its credentials' values. */
export interface IntegrationFacts {
  id: string;
  kind: IntegrationKind;
  provider: string;
  config: Record<string, unknown>;
  credential_names: string[];
}

/** An assigned plugin as the workspace has it: absent plugins and enablements are null. */
export interface AssignedPluginFacts {
  plugin_id: string;
  name: string | null;
  enabled: boolean;
  /** What the version it runs requires; empty when it runs none. */
  requires_credentials: string[];
}

export interface HealthInputs {
  agent: Pick<Agent, 'llm_provider' | 'llm_integration_id' | 'storage_integration_id'> & Partial<Pick<Agent, 'embedding_integration_id'>>;
  /** Names of the agent's stored credentials. */
  held_credentials: readonly string[];
  /** The integrations the agent names, by id; absent ids no longer exist. */
  integrations: ReadonlyMap<string, IntegrationFacts>;
  /** In priority order. */
  plugins: readonly AssignedPluginFacts[];
  /** Whether the offline `local` provider runs here (the local runtime only). */
  local_provider_available: boolean;
  /** The outcome of one minimal model call (`?probe=true`), when one was made. */
  probe?: CapabilityHealth;
}

const HEALTHY: CapabilityHealth = { healthy: true, reason: null };
const unhealthy = (reason: string): CapabilityHealth => ({ healthy: false, reason });

/** The provider a model turn would use and the credential names it would find, as model-connection.ts resolves them. */
const modelSource = (inputs: HealthInputs): { provider: string; credentials: Set<string>; where: string } | CapabilityHealth => {
  const { agent } = inputs;
  if (!agent.llm_integration_id)
    return {
      provider: agent.llm_provider,
      credentials: new Set(inputs.held_credentials),
      where: 'the agent with POST /credentials/inject',
    };
  const integration = inputs.integrations.get(agent.llm_integration_id);
  if (!integration || integration.kind !== 'llm') {
    return unhealthy(
      `the llm integration ${agent.llm_integration_id} no longer exists; set llm_integration_id to another llm integration or to null`,
    );
  }
  const baseUrl = typeof integration.config.base_url === 'string' ? ['OPENAI_BASE_URL'] : [];
  return {
    provider: integration.provider,
    credentials: new Set([...integration.credential_names, ...baseUrl]),
    where: `integration ${integration.id}`,
  };
};

/**
 * Bedrock authorizes with the platform's own role and needs no stored credential. An OpenAI-compatible
 * server needs a key (`OPENAI_API_KEY` or `API_KEY`) unless it is one of the operator's own (`OPENAI_BASE_URL`),
 * which may take none.
 */
const modelHealth = (inputs: HealthInputs): CapabilityHealth => {
  const source = modelSource(inputs);
  if ('healthy' in source) return source;
  switch (source.provider) {
    case 'bedrock':
      break;
    case 'local':
      if (!inputs.local_provider_available)
        return unhealthy('provider local exists only in the local runtime; choose bedrock or openai-compatible');
      break;
    case 'openai-compatible':
      if (!['OPENAI_API_KEY', 'API_KEY', 'OPENAI_BASE_URL'].some((name) => source.credentials.has(name))) {
        return unhealthy(
          'provider openai-compatible needs OPENAI_API_KEY (or API_KEY), or the OPENAI_BASE_URL of a server that takes none; ' +
            `store it on ${source.where}`,
        );
      }
      break;
    default:
      return unhealthy(`unknown model provider "${source.provider}"; choose bedrock or openai-compatible`);
  }
  return inputs.probe ?? HEALTHY;
};

const pluginsHealth = (plugins: readonly AssignedPluginFacts[]): CapabilityHealth => {
  const off = plugins.filter((p) => !p.enabled);
  if (off.length === 0) return HEALTHY;
  const names = off.map((p) => (p.name ? `${p.name} (${p.plugin_id})` : p.plugin_id)).join(', ');
  return unhealthy(
    `assigned plugins no longer enabled in the workspace: ${names}; enable them again or replace the agent's plugins with PUT /plugins`,
  );
};

/** Credential names the assigned plugins require, sorted, each once. */
export const requiredCredentials = (plugins: readonly AssignedPluginFacts[]): string[] =>
  [...new Set(plugins.flatMap((p) => p.requires_credentials))].sort();

const credentialsHealth = (inputs: HealthInputs): CapabilityHealth => {
  const held = new Set(inputs.held_credentials);
  const missing = requiredCredentials(inputs.plugins).filter((name) => !held.has(name));
  return missing.length === 0
    ? HEALTHY
    : unhealthy(`credentials the assigned plugins require are missing: ${missing.join(', ')}; store them with POST /credentials/inject`);
};

const integrationsHealth = (inputs: HealthInputs): CapabilityHealth => {
  const broken = (Object.entries(AGENT_FIELD_OF_KIND) as [IntegrationKind, AgentIntegrationField][]).flatMap(([kind, field]) => {
    const id = inputs.agent[field] ?? null;
    if (!id) return [];
    const integration = inputs.integrations.get(id);
    if (!integration) return [`${field} ${id} no longer exists`];
    return integration.kind === kind ? [] : [`${field} ${id} is of kind ${integration.kind}, not ${kind}`];
  });
  return broken.length === 0
    ? HEALTHY
    : unhealthy(`${broken.join('; ')}; point the agent at an integration of the workspace or set the field to null`);
};

export const checkHealth = (
  inputs: HealthInputs,
  now: string,
): AgentHealth & { capabilities: Record<HealthCapability, CapabilityHealth> } => {
  const capabilities: Record<HealthCapability, CapabilityHealth> = {
    model: modelHealth(inputs),
    plugins: pluginsHealth(inputs.plugins),
    credentials: credentialsHealth(inputs),
    integrations: integrationsHealth(inputs),
  };
  return { healthy: Object.values(capabilities).every((c) => c.healthy), checked_at: now, capabilities };
};

/** The capabilities that fail, for a 409 AGENT_UNHEALTHY's details. */
export const failingChecks = (health: AgentHealth): { field: string; issue: string; check: string }[] =>
  Object.entries(health.capabilities).flatMap(([check, c]) =>
    c.healthy ? [] : [{ field: `health.capabilities.${check}`, issue: c.reason ?? 'unhealthy', check }],
  );
