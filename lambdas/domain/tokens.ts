/**
 * The platform's one token estimator: one token per four characters, rounded up. It is the usual
 * rule of thumb for English text with today's tokenizers and needs no model-specific vocabulary.
 * Assembled contexts and their budgets (`max_tokens`), the fleet's context sizes, spend reservations
 * before a model turn and the local provider's usage are all measured with it, so they agree; real
 * counts come from the model provider's usage figures after a run.
 */
export const CHARS_PER_TOKEN = 4;

/** The texts together, as one prompt sends them; null and undefined count as empty. */
export const estimateTokens = (...texts: (string | null | undefined)[]): number =>
  Math.ceil(texts.reduce((sum, t) => sum + (t?.length ?? 0), 0) / CHARS_PER_TOKEN);

/** Structured parts (tool definitions, messages) are sent as JSON: estimated on their serialised form. */
export const estimateJsonTokens = (value: unknown): number => estimateTokens(JSON.stringify(value));
