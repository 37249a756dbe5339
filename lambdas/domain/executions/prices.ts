import type { TokenUsage } from './model';

/**
 * What a model's tokens cost, in US dollars per million (list prices, on-demand). A model id
 * matches the first entry its id contains, so `anthropic.claude-3-5-sonnet-20241022-v2:0` and
 * `eu.anthropic.claude-3-5-sonnet…` find the same price. Unknown models cost 0 and say so.
 */

interface Price {
  match: string;
  input_per_million: number;
  output_per_million: number;
}

export const PRICES: readonly Price[] = [
  { match: 'local', input_per_million: 0, output_per_million: 0 },
  { match: 'claude-3-5-haiku', input_per_million: 0.8, output_per_million: 4 },
  { match: 'claude-3-haiku', input_per_million: 0.25, output_per_million: 1.25 },
  { match: 'claude-3-5-sonnet', input_per_million: 3, output_per_million: 15 },
  { match: 'claude-3-7-sonnet', input_per_million: 3, output_per_million: 15 },
  { match: 'claude-sonnet-4', input_per_million: 3, output_per_million: 15 },
  { match: 'claude-opus-4', input_per_million: 15, output_per_million: 75 },
  { match: 'nova-micro', input_per_million: 0.035, output_per_million: 0.14 },
  { match: 'nova-lite', input_per_million: 0.06, output_per_million: 0.24 },
  { match: 'nova-pro', input_per_million: 0.8, output_per_million: 3.2 },
  { match: 'llama3-1-8b', input_per_million: 0.22, output_per_million: 0.22 },
  { match: 'llama3-1-70b', input_per_million: 0.72, output_per_million: 0.72 },
  { match: 'mistral-large', input_per_million: 2, output_per_million: 6 },
  { match: 'gpt-4o-mini', input_per_million: 0.15, output_per_million: 0.6 },
  { match: 'gpt-4o', input_per_million: 2.5, output_per_million: 10 },
  { match: 'gpt-4.1-mini', input_per_million: 0.4, output_per_million: 1.6 },
  { match: 'gpt-4.1', input_per_million: 2, output_per_million: 8 },
  { match: 'o3-mini', input_per_million: 1.1, output_per_million: 4.4 },
];

export const priceOf = (model: string): Price | null => {
  const id = model.toLowerCase();
  return PRICES.find((p) => id.includes(p.match)) ?? null;
};

/** Rounded to a millionth of a dollar, as the statistics sum them. */
export const costUsd = (model: string, usage: TokenUsage): number => {
  const price = priceOf(model);
  if (!price) return 0;
  const cost = (usage.input_tokens * price.input_per_million + usage.output_tokens * price.output_per_million) / 1_000_000;
  return Math.round(cost * 1_000_000) / 1_000_000;
};
