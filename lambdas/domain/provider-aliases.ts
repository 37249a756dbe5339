/**
 * Provider names other agent APIs use (seed 003: `openai`, `workers-ai`). Both speak OpenAI's chat
 * completions API, so each is `openai-compatible` with a known endpoint: OpenAI's own, and Cloudflare
 * Workers AI's OpenAI-compatible endpoint for an account (its id is part of the URL). Aliases are
 * folded on input; agents and integrations always show the provider they are stored with.
 */

export const OPENAI_BASE_URL = 'https://api.openai.com/v1';
export const workersAiBaseUrl = (accountId: string): string => `https://api.cloudflare.com/client/v4/accounts/${accountId}/ai/v1`;

export const PROVIDER_ALIASES = ['openai', 'workers-ai'] as const;
export type ProviderAlias = (typeof PROVIDER_ALIASES)[number];

export const isProviderAlias = (provider: string): provider is ProviderAlias => (PROVIDER_ALIASES as readonly string[]).includes(provider);

export const canonicalProvider = <P extends string>(provider: P | ProviderAlias): P | 'openai-compatible' =>
  isProviderAlias(provider) ? 'openai-compatible' : provider;

/** Cloudflare account ids are 32 lowercase hex characters. */
export const CLOUDFLARE_ACCOUNT_ID = /^[0-9a-f]{32}$/;

/**
 * An integration's config under an alias: `base_url` filled in unless it was sent. Workers AI needs
 * `config.account_id`; null answers that it is missing or malformed.
 */
export const aliasConfig = (alias: ProviderAlias, config: Record<string, unknown>): Record<string, unknown> | null => {
  if (alias === 'openai') return { base_url: OPENAI_BASE_URL, ...config };
  const accountId = config.account_id;
  if (typeof accountId !== 'string' || !CLOUDFLARE_ACCOUNT_ID.test(accountId)) return null;
  return { base_url: workersAiBaseUrl(accountId), ...config };
};
