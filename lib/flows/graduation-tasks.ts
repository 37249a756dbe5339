import type { ExecutionTaskDefinition } from './execution-tasks';

/** The functions of the graduation flow (lambdas/flows/graduation), as EXECUTION_TASKS are for the execution flow. */
export const GRADUATION_TASKS = {
  checkEligibility: {
    flow: 'graduation',
    handler: 'check-eligibility',
    summary: "Checks the agent's readiness again; an agent no longer eligible ends its graduation failed",
    access: { table: 'write' },
    timeoutSeconds: 30,
  },
  prepareExam: {
    flow: 'graduation',
    handler: 'prepare-exam',
    summary: "Chooses the exam (the workspace's exam set, or sampled episodes) and its governance probes",
    access: { table: 'write' },
    timeoutSeconds: 60,
  },
  startExamRun: {
    flow: 'graduation',
    handler: 'start-exam-run',
    summary: "Creates an exam task's run: an execution with purpose exam, governed at the target level",
    access: { table: 'write', bucket: 'write' },
    timeoutSeconds: 30,
  },
  gradeExamTask: {
    flow: 'graduation',
    handler: 'grade-exam-task',
    summary: "Grades one exam task from its recorded run (a rubric by the agent's model provider); a run that failed scores 0",
    // A rubric is graded by the agent's provider: its sealed credentials, and Bedrock deployed.
    access: { table: 'write', bucket: 'read', secrets: 'read' },
    timeoutSeconds: 300,
    invokes: 'bedrock',
  },
  grade: {
    flow: 'graduation',
    handler: 'grade',
    summary: "The exam's verdict: promotion with agent.graduated, or graduation.failed, in one transaction",
    access: { table: 'write' },
    timeoutSeconds: 30,
  },
  recordError: {
    flow: 'graduation',
    handler: 'record-error',
    summary: "Every state's Catch: ends the graduation in error and releases its lock",
    access: { table: 'write' },
    timeoutSeconds: 30,
  },
} as const satisfies Record<string, ExecutionTaskDefinition>;

export type GraduationTaskName = keyof typeof GRADUATION_TASKS;

export const perGraduationTask = <T>(make: (name: GraduationTaskName) => T): Record<GraduationTaskName, T> => {
  const names = Object.keys(GRADUATION_TASKS) as GraduationTaskName[];
  return Object.fromEntries(names.map((name) => [name, make(name)])) as Record<GraduationTaskName, T>;
};

/**
 * Invoked by a rule on the graduation machine's status-change events: ends a graduation
 * whose run failed, timed out or was stopped unrecorded.
 */
export const GRADUATION_RUN_ENDED_TASK: ExecutionTaskDefinition = {
  flow: 'graduation',
  handler: 'run-ended',
  summary: 'Ends the graduation of a state machine run that failed, timed out or was stopped without recording it',
  access: { table: 'write' },
  timeoutSeconds: 30,
};
