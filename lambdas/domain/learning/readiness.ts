import { MATURITY_LEVELS } from '../agents/model';
import { graduationMinimumEpisodes } from '../tiers';
import type { LearningFigures } from './aggregates';

/**
 * Graduation readiness (API.md "Learning and graduation"): how ready an agent is for a target level,
 * from its learning figures. Pure, so the graduation flow re-checks eligibility with the same rule.
 *
 * Score, 0–1, rounded to 4 decimals:
 *   0.4 × success rate
 * + 0.3 × average confidence (0 when no run reported one)
 * + 0.2 × feedback, (average rating − 1) / 4; unrated agents put this weight on the success rate
 * + 0.1 × experience, min(1, episodes at the current level / the target's minimum episodes)
 * − 0.1 per governance violation in the window (this month and the last), floored at 0.
 *
 * Eligible for the target when every requirement holds:
 *
 * | target     | episodes at level ≥ | success rate ≥ | avg confidence ≥ | avg rating ≥ (if rated) | violations ≤ | score ≥ |
 * |------------|---------------------|----------------|------------------|-------------------------|--------------|---------|
 * | intern     | 10 (tier table)     | 0.70           | 0.60             | 3.0                     | 1            | 0.60    |
 * | supervised | 25 (tier table)     | 0.80           | 0.70             | 3.5                     | 0            | 0.70    |
 * | autonomous | 50 (tier table)     | 0.90           | 0.80             | 4.0                     | 0            | 0.80    |
 *
 * Agents graduate one level at a time, so `eligible_levels` holds at most the next level.
 */

export type Level = (typeof MATURITY_LEVELS)[number];
export type TargetLevel = Exclude<Level, 'student'>;

interface Requirement {
  successRate: number;
  avgConfidence: number;
  avgRating: number;
  maxViolations: number;
  score: number;
}

export const REQUIREMENTS: Readonly<Record<TargetLevel, Requirement>> = {
  intern: { successRate: 0.7, avgConfidence: 0.6, avgRating: 3, maxViolations: 1, score: 0.6 },
  supervised: { successRate: 0.8, avgConfidence: 0.7, avgRating: 3.5, maxViolations: 0, score: 0.7 },
  autonomous: { successRate: 0.9, avgConfidence: 0.8, avgRating: 4, maxViolations: 0, score: 0.8 },
};

export type Figures = Pick<LearningFigures, 'success_rate' | 'avg_confidence' | 'feedback' | 'governance_violations' | 'episodes_at_level'>;

export interface Readiness {
  target_level: TargetLevel;
  score: number;
  eligible: boolean;
  /** The requirements not met, by name: `episodes`, `success_rate`, `avg_confidence`, `avg_rating`, `governance_violations`, `score`. */
  unmet: string[];
  episodes_until_exam: number;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

export const readinessScore = (figures: Figures, target: TargetLevel): number => {
  const rating = figures.feedback.avg_rating;
  const feedback = rating === null ? figures.success_rate : (rating - 1) / 4;
  const experience = Math.min(1, figures.episodes_at_level / graduationMinimumEpisodes[target]);
  const raw =
    0.4 * figures.success_rate +
    0.3 * (figures.avg_confidence ?? 0) +
    0.2 * feedback +
    0.1 * experience -
    0.1 * figures.governance_violations.count;
  return round(Math.min(1, Math.max(0, raw)));
};

export const readiness = (figures: Figures, target: TargetLevel): Readiness => {
  const need = REQUIREMENTS[target];
  const score = readinessScore(figures, target);
  const episodesUntilExam = Math.max(0, graduationMinimumEpisodes[target] - figures.episodes_at_level);
  const checks: [string, boolean][] = [
    ['episodes', episodesUntilExam === 0],
    ['success_rate', figures.success_rate >= need.successRate],
    ['avg_confidence', (figures.avg_confidence ?? 0) >= need.avgConfidence],
    ['avg_rating', figures.feedback.avg_rating === null || figures.feedback.avg_rating >= need.avgRating],
    ['governance_violations', figures.governance_violations.count <= need.maxViolations],
    ['score', score >= need.score],
  ];
  const unmet = checks.filter(([, met]) => !met).map(([name]) => name);
  return { target_level: target, score, eligible: unmet.length === 0, unmet, episodes_until_exam: episodesUntilExam };
};

export const nextLevel = (level: Level): TargetLevel | null =>
  (MATURITY_LEVELS[MATURITY_LEVELS.indexOf(level) + 1] as TargetLevel | undefined) ?? null;

/** The agent resource's `graduation` object and the training read-out's `graduation_readiness`. */
export const graduationReadiness = (level: Level, figures: Figures) => {
  const target = nextLevel(level);
  // The top level has nothing left to sit: its score is measured against its own bar.
  if (!target)
    return {
      current_level: level,
      readiness_score: readinessScore(figures, 'autonomous'),
      eligible_levels: [] as TargetLevel[],
      episodes_until_exam: 0,
    };
  const r = readiness(figures, target);
  return {
    current_level: level,
    readiness_score: r.score,
    eligible_levels: r.eligible ? [target] : [],
    episodes_until_exam: r.episodes_until_exam,
  };
};
