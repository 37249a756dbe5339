import type { StoredExamSet } from '../../domain/graduation/exam-set';
import { passMarkFor } from '../../domain/graduation/pass-mark';
import type { TargetLevel } from '../../domain/learning/readiness';

const summary = (set: StoredExamSet) => ({
  level: set.level as TargetLevel,
  pass_mark: set.pass_mark ?? null,
  effective_pass_mark: passMarkFor(set.level as TargetLevel, set),
  version: set.version,
  created_at: set.created_at,
  updated_at: set.updated_at,
  updated_by: set.updated_by,
});

export const examSetView = (set: StoredExamSet) => ({ ...summary(set), tasks: set.tasks });

export const examSetListView = (set: StoredExamSet) => ({ ...summary(set), task_count: set.tasks.length });
