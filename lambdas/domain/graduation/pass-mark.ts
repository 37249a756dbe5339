import type { TargetLevel } from '../learning/readiness';
import { graduationPassMark } from '../tiers';

/** The pass mark of a graduation to `level`: the exam set's own `pass_mark` when it sets one, else the level's (tier table). */
export const passMarkFor = (level: TargetLevel, examSet: { pass_mark?: number | null } | null): number =>
  examSet?.pass_mark ?? graduationPassMark[level];
