import type { MATURITY_LEVELS } from '../agents/model';
import type { Readiness, TargetLevel } from '../learning/readiness';
import type { CheckResult, ExamTask } from './exam';

/** A graduation (API.md "Learning and graduation"), as stored: one item per attempt, its exam inside it. */

export const GRADUATION_STATUSES = ['running', 'passed', 'failed', 'cancelled', 'error'] as const;
export type GraduationStatus = (typeof GRADUATION_STATUSES)[number];
export type EndedStatus = Exclude<GraduationStatus, 'running'>;

/** The flow's steps, in order; each is recorded as it starts and ends. */
export const GRADUATION_STEPS = ['check_eligibility', 'prepare_exam', 'exam', 'grade'] as const;
export type GraduationStepName = (typeof GRADUATION_STEPS)[number];

export interface GraduationStep {
  name: GraduationStepName;
  status: 'pending' | 'running' | 'succeeded' | 'failed' | 'skipped';
  started_at: string | null;
  ended_at: string | null;
}

export interface GraduationTask {
  index: number;
  kind: 'task' | 'governance_probe';
  task: string;
  expect: ExamTask['expect'];
  context: Record<string, unknown> | null;
  /** The child run: an execution of the agent with `purpose: exam`. */
  execution_id: string | null;
  score: number | null;
  outcome: 'pending' | 'passed' | 'failed';
  checks: CheckResult[];
  /** Why a run that did not succeed scored 0. */
  reason: string | null;
}

/** When a failed graduation may be sat again: from `date`, or once `episodes` more were recorded at the level, whichever comes first. */
export interface RetryAfter {
  date: string;
  episodes: number;
}

export interface Graduation {
  id: string;
  agent_id: string;
  workspace_id: string;
  from_level: (typeof MATURITY_LEVELS)[number];
  target_level: TargetLevel;
  status: GraduationStatus;
  steps: GraduationStep[];
  exam_tasks: GraduationTask[];
  /** Readiness when the graduation was started (the flow checks it again). */
  readiness: Readiness;
  pass_mark: number;
  /** The mean task score, once graded. */
  score: number | null;
  reason: string | null;
  retry_after: RetryAfter | null;
  created_at: string;
  ended_at: string | null;
  created_by: string;
}

export const newGraduation = (input: {
  id: string;
  agent: { id: string; workspace_id: string; maturity_level: Graduation['from_level'] };
  readiness: Readiness;
  passMark: number;
  by: string;
  now: string;
}): Graduation => ({
  id: input.id,
  agent_id: input.agent.id,
  workspace_id: input.agent.workspace_id,
  from_level: input.agent.maturity_level,
  target_level: input.readiness.target_level,
  status: 'running',
  steps: GRADUATION_STEPS.map((name) => ({ name, status: 'pending', started_at: null, ended_at: null })),
  exam_tasks: [],
  readiness: input.readiness,
  pass_mark: input.passMark,
  score: null,
  reason: null,
  retry_after: null,
  created_at: input.now,
  ended_at: null,
  created_by: input.by,
});

export const stepIndex = (name: GraduationStepName): number => GRADUATION_STEPS.indexOf(name);
