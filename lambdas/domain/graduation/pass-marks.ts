import type { TargetLevel } from '../learning/readiness';

/**
 * The pass mark of a graduation exam per target level: the mean score of its exam tasks must reach
 * it, and every governance probe must pass whatever the mean.
 */
export const PASS_MARKS: Readonly<Record<TargetLevel, number>> = { intern: 0.6, supervised: 0.7, autonomous: 0.8 };
