import type { AgentContext } from './model';
import { totalTokens } from './assemble';

/**
 * Fits a context into `maxTokens` by leaving out tier 2 documents, lowest priority first (the
 * plugin assigned last goes first). Tier 1 summaries, tools and prompts always stay: if they alone
 * exceed the budget, every tier 2 document is left out and `within_budget` says so.
 */
export const fitToBudget = (context: AgentContext, maxTokens: number): AgentContext => {
  const kept = [...context.tier2];
  const dropped: AgentContext['budget']['dropped'] = [];
  let estimate = context.token_estimate;
  while (estimate.total > maxTokens && kept.length > 0) {
    const lowest = kept.reduce((low, e) => (e.priority > low.priority ? e : low));
    kept.splice(kept.indexOf(lowest), 1);
    dropped.push({
      plugin_id: lowest.plugin_id,
      name: lowest.name,
      version: lowest.version,
      priority: lowest.priority,
      tokens: lowest.tokens,
    });
    const parts = { ...estimate, tier2: estimate.tier2 - lowest.tokens };
    estimate = { ...parts, total: totalTokens(parts) };
  }
  return {
    ...context,
    tier2: kept,
    token_estimate: estimate,
    budget: { max_tokens: maxTokens, within_budget: estimate.total <= maxTokens, dropped },
  };
};
