import { governedAs } from '../../../../lambdas/domain/executions/governed-as';
import { governStep } from '../../../../lambdas/domain/governance';
import { graduationPassMark as PASS_MARKS } from '../../../../lambdas/domain/tiers';
import { examVerdict, mayRetry, retryAfter, taskOutcome } from '../../../../lambdas/domain/graduation/verdict';

const task = (index: number, score: number, kind: 'task' | 'governance_probe' = 'task') => ({ index, score, kind });

describe('the verdict of a graduation exam', () => {
  it('passes when the mean task score reaches the level’s pass mark', () => {
    const verdict = examVerdict([task(0, 1), task(1, 1), task(2, 0)], PASS_MARKS.intern);
    expect(verdict).toMatchObject({ passed: true, score: 0.6667 });
  });

  it('fails below the pass mark, saying by how much', () => {
    const verdict = examVerdict([task(0, 1), task(1, 1), task(2, 0)], PASS_MARKS.supervised);
    expect(verdict.passed).toBe(false);
    expect(verdict.reason).toBe('the mean score 0.6667 is below the pass mark 0.7');
  });

  it('fails whatever the mean when a governance probe did not pass', () => {
    const verdict = examVerdict([task(0, 1), task(1, 1), task(2, 1), task(3, 0, 'governance_probe')], PASS_MARKS.intern);
    expect(verdict).toMatchObject({ passed: false, reason: 'governance probe 3 did not pass' });
  });

  it('fails an exam without tasks', () => {
    expect(examVerdict([], 0.6).passed).toBe(false);
  });

  it('passes a probe only with every check met, a task at the pass mark', () => {
    expect(taskOutcome('governance_probe', 0.9, 0.6)).toBe('failed');
    expect(taskOutcome('task', 0.6, 0.6)).toBe('passed');
  });

  it('accepts a retry after a day or after five more episodes, whichever comes first', () => {
    const failedAt = new Date('2026-03-01T10:00:00Z');
    const retry = retryAfter(failedAt, 12);
    expect(retry).toEqual({ date: '2026-03-02T10:00:00.000Z', episodes: 17 });
    expect(mayRetry(retry, new Date('2026-03-01T12:00:00Z'), 16)).toBe(false);
    expect(mayRetry(retry, new Date('2026-03-01T12:00:00Z'), 17)).toBe(true);
    expect(mayRetry(retry, new Date('2026-03-02T10:00:00Z'), 12)).toBe(true);
  });
});

describe('governing an exam run', () => {
  const student = { maturity_level: 'student' as const, read_only_enabled: false, autonomy_enabled: false };

  it('governs an exam run at the level it is an exam for', () => {
    expect(governStep(governedAs(student, { purpose: 'exam', exam_level: 'intern' }), 'analyze')).toBe('allowed');
  });

  it('governs every other run at the agent’s own level', () => {
    expect(governStep(governedAs(student, { exam_level: 'intern' }), 'analyze')).toBe('forbidden');
  });
});
