import { demotionFor, levelBelow } from '../../../../lambdas/domain/graduation/demotion';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000).toISOString();
const violation = (n: number, level: string, days: number) => ({
  execution_id: `exec_${n}`,
  maturity_level: level,
  completed_at: daysAgo(days),
});

describe('demotion by governance', () => {
  it('lowers an agent one level at its third violation at that level within 7 days', () => {
    const violations = [violation(1, 'supervised', 0), violation(2, 'supervised', 3), violation(3, 'supervised', 6.9)];
    expect(demotionFor('supervised', violations, NOW)).toEqual({
      previous_level: 'supervised',
      new_level: 'intern',
      violations: 3,
      window_days: 7,
      since: daysAgo(7),
      reason: '3 governance violations at supervised within 7 days',
    });
  });

  it('leaves the agent alone with fewer violations in the window', () => {
    expect(demotionFor('intern', [violation(1, 'intern', 0), violation(2, 'intern', 1), violation(3, 'intern', 7.1)], NOW)).toBeNull();
  });

  it('counts only violations at the current level, so the ones behind a demotion never demote again', () => {
    const behindTheDemotion = [violation(1, 'supervised', 0), violation(2, 'supervised', 0), violation(3, 'supervised', 0)];
    expect(demotionFor('intern', behindTheDemotion, NOW)).toBeNull();
    expect(
      demotionFor('intern', [...behindTheDemotion, violation(4, 'intern', 0), violation(5, 'intern', 0), violation(6, 'intern', 0)], NOW)
        ?.new_level,
    ).toBe('student');
  });

  it('never demotes below student', () => {
    expect(demotionFor('student', [violation(1, 'student', 0), violation(2, 'student', 0), violation(3, 'student', 0)], NOW)).toBeNull();
    expect(levelBelow('autonomous')).toBe('supervised');
  });

  it('follows a configured rule', () => {
    expect(demotionFor('autonomous', [violation(1, 'autonomous', 1)], NOW, { violations: 1, windowDays: 2 })?.new_level).toBe('supervised');
  });
});
