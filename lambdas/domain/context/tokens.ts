/**
 * The token estimator of assembled contexts: one token per four characters, rounded up. It is the
 * usual rule of thumb for English text with today's tokenizers, needs no model-specific vocabulary,
 * and is what budgets (`max_tokens`) are measured in, so trimming is predictable. Real counts come
 * from the model provider's usage figures after a run.
 */
export const CHARS_PER_TOKEN = 4;

export const estimateTokens = (text: string | null | undefined): number => Math.ceil((text?.length ?? 0) / CHARS_PER_TOKEN);

/** Structured parts (tool definitions) are sent as JSON: estimated on their serialised form. */
export const estimateJsonTokens = (value: unknown): number => estimateTokens(JSON.stringify(value));
