import type { Agent } from '../domain/agents/model';
import { providerFailed } from '../domain/executions/flow-errors';
import { bedrockProvider } from './bedrock';
import { localProvider } from './local';
import type { ModelProvider } from './model-provider';
import { openAiCompatibleProvider } from './openai-compatible';

/**
 * The provider an agent names (`llm_provider`). An OpenAI-compatible endpoint is configured by
 * the agent's credentials: `OPENAI_API_KEY` (or `API_KEY`) and, for another server than OpenAI's,
 * `OPENAI_BASE_URL` — HTTPS only when deployed.
 */

export const DEFAULT_OPENAI_BASE_URL = 'https://api.openai.com/v1';

export interface ProviderOptions {
  /** The agent's stored credentials, read only when the provider needs them. */
  credentials: () => Promise<Record<string, string>>;
  /** Plain-HTTP base URLs are accepted only locally (a vLLM or Ollama on this machine). */
  allowPlainHttp: boolean;
}

const openAiEndpoint = async (options: ProviderOptions) => {
  const credentials = await options.credentials();
  const baseUrl = credentials.OPENAI_BASE_URL ?? DEFAULT_OPENAI_BASE_URL;
  const scheme = /^(https?):\/\//i.exec(baseUrl)?.[1]?.toLowerCase();
  if (scheme !== 'https' && !(scheme === 'http' && options.allowPlainHttp)) {
    throw providerFailed(`OPENAI_BASE_URL must be an https:// URL; store a valid one with POST /credentials/inject`);
  }
  return { baseUrl, apiKey: credentials.OPENAI_API_KEY ?? credentials.API_KEY ?? null };
};

export const providerFor = async (agent: Pick<Agent, 'llm_provider'>, options: ProviderOptions): Promise<ModelProvider> => {
  switch (agent.llm_provider) {
    case 'bedrock':
      return bedrockProvider();
    case 'openai-compatible':
      return openAiCompatibleProvider(await openAiEndpoint(options));
    default:
      return localProvider();
  }
};
