import { feedbackDelta, learningDelta, learningFigures } from '../../../../lambdas/domain/learning/aggregates';

const finished = (
  over: Partial<{ maturity_level: string; error: { code: string; message: string } | null; completed_at: string | null }> = {},
) => ({
  maturity_level: 'student',
  error: null,
  completed_at: '2026-12-06T10:00:00.000Z',
  updated_at: '2026-12-06T10:00:00.000Z',
  ...over,
});

describe('learning aggregates', () => {
  it('count every episode at the level the run was submitted at', () => {
    expect(learningDelta(finished({ maturity_level: 'intern' }))).toEqual({ episodes_at_intern: 1 });
  });

  it('count a governance violation in the month it ended', () => {
    expect(learningDelta(finished({ error: { code: 'GOVERNANCE_VIOLATION', message: 'no' } }))).toEqual({
      episodes_at_student: 1,
      governance_violations_2026_12: 1,
    });
    expect(learningDelta(finished({ error: { code: 'TOOL_FAILED', message: 'no' } }))).toEqual({ episodes_at_student: 1 });
  });

  it('count a first rating once and a replaced rating only by its difference', () => {
    expect(feedbackDelta(null, { rating: 4 })).toEqual({ feedback_count: 1, feedback_rating_sum: 4 });
    expect(feedbackDelta({ rating: 4 }, { rating: 2 })).toEqual({ feedback_count: 0, feedback_rating_sum: -2 });
  });

  it('read as figures: rates, averages, the violation window of this month and the last, episodes at the current level', () => {
    const record = {
      total_executions: 12,
      successful_executions: 9,
      confidence_sum: 8.5,
      confidence_count: 10,
      feedback_count: 4,
      feedback_rating_sum: 17,
      episodes_at_student: 7,
      episodes_at_intern: 5,
      governance_violations_2026_10: 5,
      governance_violations_2026_11: 1,
      governance_violations_2026_12: 2,
    };
    expect(learningFigures(record, 'intern', new Date('2026-12-06T23:00:00Z'))).toEqual({
      total_experiences: 12,
      successful_experiences: 9,
      success_rate: 0.75,
      avg_confidence: 0.85,
      feedback: { count: 4, avg_rating: 4.25 },
      governance_violations: { count: 3, since: '2026-11-01' },
      episodes_at_level: 5,
    });
  });

  it('read as zeros and nulls before the first run', () => {
    expect(learningFigures(null, 'student', new Date('2026-01-15T00:00:00Z'))).toEqual({
      total_experiences: 0,
      successful_experiences: 0,
      success_rate: 0,
      avg_confidence: null,
      feedback: { count: 0, avg_rating: null },
      governance_violations: { count: 0, since: '2025-12-01' },
      episodes_at_level: 0,
    });
  });
});
