/**
 * Execution statistics (API.md `/stats`), read from one aggregate item per agent that the
 * execution flow updates with `ADD` as runs finish: counters and sums only, so concurrent runs
 * never overwrite each other and a read is one `GetItem`, never a scan over executions.
 * Durations are counted into fixed buckets (top-level attributes, since `ADD` cannot reach into a
 * map), and p50/p95 answer the upper bound of the bucket holding that rank.
 */

/** Upper bounds in ms; the last is the longest timeout (3600 s). A run over it counts in the last bucket. */
export const DURATION_BUCKETS_MS = [
  100, 250, 500, 1_000, 2_500, 5_000, 10_000, 30_000, 60_000, 120_000, 300_000, 900_000, 3_600_000,
] as const;

/** The attribute a run of `durationMs` adds 1 to: `duration_ms_le_<bound>`. */
export const durationBucketAttribute = (durationMs: number): `duration_ms_le_${number}` => {
  const bound = DURATION_BUCKETS_MS.find((b) => durationMs <= b) ?? DURATION_BUCKETS_MS[DURATION_BUCKETS_MS.length - 1];
  return `duration_ms_le_${bound as number}`;
};

/** The stored aggregate; every attribute may be absent until the first run that sets it. */
export type AgentStatsRecord = Partial<
  {
    total_executions: number;
    successful_executions: number;
    failed_executions: number;
    /** Over runs that reported a confidence; the average is sum / count. */
    confidence_sum: number;
    confidence_count: number;
    total_input_tokens: number;
    total_output_tokens: number;
    cost_usd: number;
    /** ISO time of the latest finished run (`SET` with a condition that it only moves forward). */
    last_execution: string;
    /** Learning's counters (domain/learning/aggregates.ts). */
    feedback_count: number;
    feedback_rating_sum: number;
  } & Record<`duration_ms_le_${number}` | `episodes_at_${string}` | `governance_violations_${string}`, number>
>;

export interface AgentStats {
  total_executions: number;
  successful_executions: number;
  failed_executions: number;
  /** 0–1; 0 before the first run. */
  success_rate: number;
  avg_confidence: number | null;
  total_input_tokens: number;
  total_output_tokens: number;
  cost_usd: number;
  duration_ms: { p50: number | null; p95: number | null };
  last_execution: string | null;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The upper bound of the bucket holding the `fraction` rank of the counted runs; null before any. */
export const durationPercentile = (record: AgentStatsRecord, fraction: number): number | null => {
  const counts = DURATION_BUCKETS_MS.map((bound) => ({ bound, count: record[`duration_ms_le_${bound}`] ?? 0 }));
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  if (total === 0) return null;
  const rank = Math.ceil(fraction * total);
  let seen = 0;
  return counts.find((c) => (seen += c.count) >= rank)?.bound ?? null;
};

export const summarizeStats = (record: AgentStatsRecord | null): AgentStats => {
  const r = record ?? {};
  const total = r.total_executions ?? 0;
  const successful = r.successful_executions ?? 0;
  return {
    total_executions: total,
    successful_executions: successful,
    failed_executions: r.failed_executions ?? 0,
    success_rate: total > 0 ? round(successful / total, 4) : 0,
    avg_confidence: r.confidence_count ? round((r.confidence_sum ?? 0) / r.confidence_count, 4) : null,
    total_input_tokens: r.total_input_tokens ?? 0,
    total_output_tokens: r.total_output_tokens ?? 0,
    cost_usd: round(r.cost_usd ?? 0, 6),
    duration_ms: { p50: durationPercentile(r, 0.5), p95: durationPercentile(r, 0.95) },
    last_execution: r.last_execution ?? null,
  };
};
