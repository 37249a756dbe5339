import type { AgentStatsRecord } from '../agents/stats';
import type { MATURITY_LEVELS } from '../agents/model';
import type { Execution, Feedback } from '../executions/model';

/**
 * What learning adds to the agent's statistics aggregate (domain/agents/stats.ts), so the training
 * read-out and readiness are one read of that item, never a scan of episodes. Counters only, applied
 * with `ADD`: episodes per maturity level (a level change resets the new level's counter), feedback
 * count and rating sum, and governance violations per calendar month (UTC), whose last two months are
 * the violation window.
 */

type Level = (typeof MATURITY_LEVELS)[number];

export const episodesAtLevelAttribute = (level: string): `episodes_at_${string}` => `episodes_at_${level}`;

const monthOf = (iso: string) => iso.slice(0, 7).replace('-', '_');
export const violationsAttribute = (iso: string): `governance_violations_${string}` => `governance_violations_${monthOf(iso)}`;

const isViolation = (execution: Pick<Execution, 'error'>) => execution.error?.code === 'GOVERNANCE_VIOLATION';

/** What one counted (not cancelled) execution adds. */
export const learningDelta = (
  execution: Pick<Execution, 'maturity_level' | 'error' | 'completed_at' | 'updated_at'>,
): Record<string, number> => ({
  [episodesAtLevelAttribute(execution.maturity_level)]: 1,
  ...(isViolation(execution) ? { [violationsAttribute(execution.completed_at ?? execution.updated_at)]: 1 } : {}),
});

/** What a rating adds; a rating given again replaces the earlier one, so only the difference is added. */
export const feedbackDelta = (before: Pick<Feedback, 'rating'> | null, after: Pick<Feedback, 'rating'>): Record<string, number> => ({
  feedback_count: before ? 0 : 1,
  feedback_rating_sum: after.rating - (before?.rating ?? 0),
});

export interface LearningFigures {
  total_experiences: number;
  successful_experiences: number;
  /** 0–1, 4 decimals; 0 before the first episode. */
  success_rate: number;
  /** 0–1 over runs that reported a confidence; null before any. */
  avg_confidence: number | null;
  feedback: { count: number; avg_rating: number | null };
  /** Violations this calendar month and the previous one (UTC); `since` is the window's first day. */
  governance_violations: { count: number; since: string };
  /** Episodes recorded at the agent's current level since it reached it. */
  episodes_at_level: number;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

const previousMonthStart = (now: Date): Date => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));

export const learningFigures = (record: AgentStatsRecord | null, level: Level, now: Date): LearningFigures => {
  const r: Record<string, unknown> = record ?? {};
  const count = (name: string): number => {
    const value = r[name];
    return typeof value === 'number' ? value : 0;
  };
  const total = count('total_executions');
  const successful = count('successful_executions');
  const confidenceCount = count('confidence_count');
  const feedbackCount = count('feedback_count');
  const since = previousMonthStart(now);
  const window = [since.toISOString(), now.toISOString()].map((iso) => violationsAttribute(iso));
  return {
    total_experiences: total,
    successful_experiences: successful,
    success_rate: total > 0 ? round(successful / total) : 0,
    avg_confidence: confidenceCount > 0 ? round(count('confidence_sum') / confidenceCount) : null,
    feedback: { count: feedbackCount, avg_rating: feedbackCount > 0 ? round(count('feedback_rating_sum') / feedbackCount) : null },
    governance_violations: {
      count: [...new Set(window)].reduce((sum, name) => sum + count(name), 0),
      since: since.toISOString().slice(0, 10),
    },
    episodes_at_level: count(episodesAtLevelAttribute(level)),
  };
};
