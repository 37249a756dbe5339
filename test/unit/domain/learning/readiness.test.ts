import { graduationReadiness, readiness, readinessScore, type Figures } from '../../../../lambdas/domain/learning/readiness';

const figures = (over: Partial<Figures> = {}): Figures => ({
  success_rate: 1,
  avg_confidence: 0.85,
  feedback: { count: 10, avg_rating: 5 },
  governance_violations: { count: 0, since: '2026-11-01' },
  episodes_at_level: 10,
  ...over,
});

describe('readiness score', () => {
  it('weighs success, confidence, feedback and experience: 0.4 + 0.255 + 0.2 + 0.1', () => {
    expect(readinessScore(figures(), 'intern')).toBe(0.955);
  });

  it('puts the feedback weight on the success rate while the agent is unrated', () => {
    expect(readinessScore(figures({ success_rate: 0.5, feedback: { count: 0, avg_rating: null } }), 'intern')).toBe(
      0.2 + 0.255 + 0.1 + 0.1,
    );
  });

  it('counts experience against the target level’s minimum episodes', () => {
    expect(readinessScore(figures({ episodes_at_level: 5 }), 'intern')).toBe(0.905);
    expect(readinessScore(figures({ episodes_at_level: 5 }), 'supervised')).toBe(0.875);
  });

  it('loses 0.1 per governance violation in the window, never below 0', () => {
    expect(readinessScore(figures({ governance_violations: { count: 2, since: '2026-11-01' } }), 'intern')).toBe(0.755);
    expect(
      readinessScore(
        figures({
          success_rate: 0,
          avg_confidence: null,
          feedback: { count: 1, avg_rating: 1 },
          governance_violations: { count: 5, since: '2026-11-01' },
        }),
        'intern',
      ),
    ).toBe(0);
  });
});

describe('readiness for a target level', () => {
  it('is eligible for intern at exactly 10 episodes, and not at 9 (one episode until the exam)', () => {
    expect(readiness(figures({ episodes_at_level: 10 }), 'intern')).toMatchObject({ eligible: true, unmet: [], episodes_until_exam: 0 });
    expect(readiness(figures({ episodes_at_level: 9 }), 'intern')).toMatchObject({
      eligible: false,
      unmet: ['episodes'],
      episodes_until_exam: 1,
    });
  });

  it('holds each bar at its boundary: a success rate of exactly 0.7 passes for intern, 0.6999 does not', () => {
    expect(readiness(figures({ success_rate: 0.7 }), 'intern').unmet).toEqual([]);
    expect(readiness(figures({ success_rate: 0.6999 }), 'intern').unmet).toEqual(['success_rate']);
  });

  it('allows one violation for intern but none for supervised', () => {
    const once = figures({ episodes_at_level: 25, governance_violations: { count: 1, since: '2026-11-01' } });
    expect(readiness(once, 'intern').eligible).toBe(true);
    expect(readiness(once, 'supervised').unmet).toEqual(['governance_violations']);
  });

  it('refuses low ratings and low confidence, and never counts a missing confidence as met', () => {
    expect(readiness(figures({ feedback: { count: 3, avg_rating: 2.9 } }), 'intern').unmet).toEqual(['avg_rating']);
    expect(readiness(figures({ avg_confidence: null }), 'intern').unmet).toEqual(['avg_confidence']);
  });

  it('needs 50 episodes for autonomous', () => {
    expect(readiness(figures({ episodes_at_level: 49 }), 'autonomous')).toMatchObject({ eligible: false, episodes_until_exam: 1 });
  });
});

describe('the graduation object', () => {
  it('names the next level when the agent is ready for it', () => {
    expect(graduationReadiness('student', figures())).toEqual({
      current_level: 'student',
      readiness_score: 0.955,
      eligible_levels: ['intern'],
      episodes_until_exam: 0,
    });
  });

  it('counts down the episodes of a new agent', () => {
    expect(graduationReadiness('intern', figures({ episodes_at_level: 3 }))).toMatchObject({
      eligible_levels: [],
      episodes_until_exam: 22,
    });
  });

  it('has nothing left to sit at autonomous', () => {
    expect(graduationReadiness('autonomous', figures())).toMatchObject({ eligible_levels: [], episodes_until_exam: 0 });
  });
});
