import {
  type AgentStatsRecord,
  durationBucketAttribute,
  durationPercentile,
  summarizeStats,
} from '../../../../lambdas/domain/agents/stats';

describe('execution statistics from the aggregate item', () => {
  it('are zeros and nulls before the first run', () => {
    expect(summarizeStats(null)).toEqual({
      total_executions: 0,
      successful_executions: 0,
      failed_executions: 0,
      success_rate: 0,
      avg_confidence: null,
      total_input_tokens: 0,
      total_output_tokens: 0,
      cost_usd: 0,
      duration_ms: { p50: null, p95: null },
      last_execution: null,
    });
  });

  it('derive the success rate and the average confidence from counters and sums', () => {
    const stats = summarizeStats({
      total_executions: 3,
      successful_executions: 2,
      failed_executions: 1,
      confidence_sum: 2.5,
      confidence_count: 3,
    });
    expect(stats).toMatchObject({ success_rate: 0.6667, avg_confidence: 0.8333 });
  });

  it('leave the average confidence null when no run reported one', () => {
    expect(summarizeStats({ total_executions: 2, successful_executions: 2 }).avg_confidence).toBeNull();
  });
});

describe('duration percentiles from the bucket counts', () => {
  const record: AgentStatsRecord = { duration_ms_le_250: 10, duration_ms_le_1000: 8, duration_ms_le_30000: 2 };

  it('answer the upper bound of the bucket holding the rank', () => {
    expect(durationPercentile(record, 0.5)).toBe(250);
    expect(durationPercentile(record, 0.9)).toBe(1_000);
    expect(durationPercentile(record, 0.95)).toBe(30_000);
  });

  it('put a run in the smallest bucket that holds it, and an overlong one in the last', () => {
    expect(durationBucketAttribute(0)).toBe('duration_ms_le_100');
    expect(durationBucketAttribute(100)).toBe('duration_ms_le_100');
    expect(durationBucketAttribute(101)).toBe('duration_ms_le_250');
    expect(durationBucketAttribute(7_200_000)).toBe('duration_ms_le_3600000');
  });
});
