import type { CapabilityHealth } from '../../domain/agents/health';
import type { Agent } from '../../domain/agents/model';
import { isModelAllowed, modelNotAllowedMessage } from '../../domain/model-access';
import type { Tier } from '../../domain/tiers';
import { modelAllowList } from '../../shared/model-allow-list';
import { modelConnection } from '../../flows/execution/model-connection';
import { providerFor } from '../../providers/provider-for';
import { modelEndpointPolicy } from '../../shared/model-endpoint-policy';

/** How much of a provider's complaint a probe's reason quotes. */
const PROBE_REASON_CHARS = 300;

/**
 * A health check's `?probe=true`: one minimal model call (a one-token answer to "ping") through the
 * connection and provider a model turn would use. Only the route that probes carries the providers.
 */
export const probeModelFor =
  (tier: Tier) =>
  async (agent: Agent): Promise<CapabilityHealth> => {
    // A model the tier does not allow is never called, as a run would not call it.
    if (!isModelAllowed(modelAllowList, tier, agent))
      return { healthy: false, reason: modelNotAllowedMessage(modelAllowList, tier, agent) };
    try {
      const connection = await modelConnection(agent);
      const provider = await providerFor(
        { llm_provider: connection.provider },
        { credentials: connection.credentials, policy: modelEndpointPolicy() },
      );
      await provider.converse({
        model: agent.llm_model,
        system: '',
        messages: [{ role: 'user', text: 'ping' }],
        tools: [],
        max_tokens: 1,
        attempt: 0,
        parameters: {},
      });
      return { healthy: true, reason: null };
    } catch (error) {
      return {
        healthy: false,
        reason: `the probe call to ${agent.llm_model} failed: ${(error as Error).message.slice(0, PROBE_REASON_CHARS)}`,
      };
    }
  };
