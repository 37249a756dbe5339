import type { ExamTask } from './exam';

/** Exam sets are kept per target level: no agent graduates to `student`. */
export const EXAM_LEVELS = ['intern', 'supervised', 'autonomous'] as const;

/** A workspace's exam set for one target level: the tasks a graduation to that level sits. */
export interface ExamSet {
  level: string;
  tasks: ExamTask[];
  /** The set's own pass mark (0–1); absent: the level's (pass-mark.ts). */
  pass_mark?: number;
  updated_at: string;
  updated_by: string;
}

/** A set as stored: its `version` counts replacements, starting at 1. */
export type StoredExamSet = ExamSet & { version: number; created_at: string };

const rank = (level: string) => (EXAM_LEVELS as readonly string[]).indexOf(level);

/** Sets in the order of the levels they examine, the lowest first. */
export const byLevel = <T extends Pick<ExamSet, 'level'>>(sets: readonly T[]): T[] =>
  [...sets].sort((a, b) => rank(a.level) - rank(b.level));
