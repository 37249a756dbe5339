import { MATURITY_LEVELS } from '../agents/model';
import type { Level } from '../learning/readiness';
import { governanceDemotion } from '../tiers';

/**
 * Demotion by governance (API.md "Governance"): K governance violations recorded at the agent's
 * current level within the last N days (the tier table's `governanceDemotion`: 3 within 7 days)
 * lower it one level; a student stays a student. Only violations at the current level count, so the
 * violations that caused a demotion never count again at the lower level: deciding twice on the same
 * violations (a redelivered event) demotes once.
 */

export interface RecordedViolation {
  execution_id: string;
  /** The level the agent had when the run broke the rule. */
  maturity_level: string;
  completed_at: string;
}

export interface Demotion {
  previous_level: Level;
  new_level: Level;
  /** The violations at the previous level within the window. */
  violations: number;
  window_days: number;
  /** The window's start. */
  since: string;
  reason: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export const demotionWindowStart = (now: Date, rule = governanceDemotion): Date => new Date(now.getTime() - rule.windowDays * DAY_MS);

export const levelBelow = (level: Level): Level | null =>
  level === 'student' ? null : (MATURITY_LEVELS[MATURITY_LEVELS.indexOf(level) - 1] ?? null);

export const demotionFor = (
  level: Level,
  violations: readonly RecordedViolation[],
  now: Date,
  rule = governanceDemotion,
): Demotion | null => {
  const lower = levelBelow(level);
  if (!lower) return null;
  const since = demotionWindowStart(now, rule);
  const counted = violations.filter((v) => v.maturity_level === level && Date.parse(v.completed_at) >= since.getTime()).length;
  if (counted < rule.violations) return null;
  return {
    previous_level: level,
    new_level: lower,
    violations: counted,
    window_days: rule.windowDays,
    since: since.toISOString(),
    reason: `${counted} governance violations at ${level} within ${rule.windowDays} days`,
  };
};
