import { durationBucketAttribute } from '../agents/stats';
import { learningDelta } from '../learning/aggregates';
import { durationMs } from './episode';
import type { Execution } from './model';

/**
 * What one finished execution adds to its agent's statistics aggregate (domain/agents/stats.ts):
 * counters and sums only, applied with `ADD` so concurrent runs never overwrite each other.
 * A timed-out run counts as failed; cancelled runs are not counted (the caller stopped them).
 */
export const statsDelta = (execution: Execution): Record<string, number> => {
  const succeeded = execution.status === 'completed';
  return {
    total_executions: 1,
    successful_executions: succeeded ? 1 : 0,
    failed_executions: succeeded ? 0 : 1,
    total_input_tokens: execution.usage.input_tokens,
    total_output_tokens: execution.usage.output_tokens,
    cost_usd: execution.usage.cost_usd,
    [durationBucketAttribute(durationMs(execution))]: 1,
    ...(execution.confidence !== null ? { confidence_sum: execution.confidence, confidence_count: 1 } : {}),
    ...learningDelta(execution),
  };
};
