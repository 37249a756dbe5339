import type { Agent } from '../domain/agents/model';
import { localProviderAvailable } from '../domain/model-access';
import { OPENAI_BASE_URL } from '../domain/provider-aliases';
import { checkOutboundUrl, type OutboundPolicy } from '../domain/executions/ssrf';
import { providerFailed } from '../domain/executions/flow-errors';
import { outboundFetch } from '../flows/execution/tools/outbound-fetch';
import { bedrockProvider } from './bedrock';
import { localProvider } from './local';
import type { ModelProvider } from './model-provider';
import { openAiCompatibleProvider } from './openai-compatible';

/**
 * The provider an agent names (`llm_provider`). An OpenAI-compatible endpoint is configured by
 * the agent's credentials: `OPENAI_API_KEY` (or `API_KEY`) and, for another server than OpenAI's,
 * `OPENAI_BASE_URL` — HTTPS only when deployed. The offline `local` provider exists only in the local
 * runtime; deployed, and for a provider nobody knows, the turn fails naming it (never a silent fallback).
 */

export interface ProviderOptions {
  /** The agent's stored credentials, read only when the provider needs them. */
  credentials: () => Promise<Record<string, string>>;
  /**
   * The outbound rules of `http.get`: deployed, HTTPS to public addresses only; locally plain HTTP and loopback
   * too (a vLLM or Ollama on this machine).
   */
  policy: OutboundPolicy;
}

const openAiEndpoint = async (options: ProviderOptions) => {
  const credentials = await options.credentials();
  const baseUrl = credentials.OPENAI_BASE_URL ?? OPENAI_BASE_URL;
  const verdict = checkOutboundUrl(baseUrl, options.policy);
  if (!verdict.ok)
    throw providerFailed(`OPENAI_BASE_URL is refused (${verdict.reason}); store a public https:// URL with POST /credentials/inject`);
  return { baseUrl, apiKey: credentials.OPENAI_API_KEY ?? credentials.API_KEY ?? null };
};

export const providerFor = async (
  agent: Pick<Agent, 'llm_provider'>,
  options: ProviderOptions,
  environment?: string,
): Promise<ModelProvider> => {
  const provider: string = agent.llm_provider;
  switch (provider) {
    case 'bedrock':
      return bedrockProvider();
    case 'openai-compatible':
      return openAiCompatibleProvider(await openAiEndpoint(options), (request) => outboundFetch(request, options.policy, 0));
    case 'local':
      if (localProviderAvailable(environment)) return localProvider();
      throw providerFailed('provider local exists only in the local runtime; choose bedrock or openai-compatible for this agent');
    default:
      throw providerFailed(`unknown model provider "${provider}"; choose bedrock or openai-compatible`);
  }
};
