import type { Episode } from '../executions/episode';
import { minePatterns, type NegativeComment, negativeComments, type Pattern, succeeded } from './patterns';

/**
 * What the miner keeps per agent (one item, rewritten on every finished run and
 * rating): read with the aggregate by the training read-out.
 */
export interface LearningSummary {
  patterns: Pattern[];
  negative_comments: NegativeComment[];
  /** The recent episodes it was computed from. */
  recent: { episodes: number; success_rate: number | null; avg_confidence: number | null };
  computed_at: string;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

export const summarizeEpisodes = (episodes: readonly Episode[], now: Date): LearningSummary => {
  const confidences = episodes.flatMap((e) => (e.outcome.confidence === null ? [] : [e.outcome.confidence]));
  return {
    patterns: minePatterns(episodes),
    negative_comments: negativeComments(episodes),
    recent: {
      episodes: episodes.length,
      success_rate: episodes.length > 0 ? round(episodes.filter(succeeded).length / episodes.length) : null,
      avg_confidence: confidences.length > 0 ? round(confidences.reduce((a, b) => a + b, 0) / confidences.length) : null,
    },
    computed_at: now.toISOString(),
  };
};
