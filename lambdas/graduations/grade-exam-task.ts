import { getExecution } from '../data/executions';
import { recordExamTask } from '../data/graduations';
import { causeMessage } from '../domain/executions/flow';
import type { Execution } from '../domain/executions/model';
import type { ExamOutcome } from '../domain/graduation/exam';
import { gradeExamTask } from '../domain/graduation/grading';
import { taskOutcome } from '../domain/graduation/verdict';
import { currentGraduation } from './endings';
import type { ExamTaskInput, WithError } from './flow-state';

/**
 * Grades one exam task from its run as recorded (domain/graduation/grading.ts). Also the Catch of a
 * child run that failed: that run scores 0, with its error as the reason.
 */

const OUTCOME_STATUS: Partial<Record<Execution['status'], ExamOutcome['status']>> = { completed: 'succeeded', cancelled: 'cancelled', timed_out: 'timed_out' };

const outcomeOf = (execution: Execution | null): ExamOutcome => ({
  status: (execution && OUTCOME_STATUS[execution.status]) ?? 'failed',
  output: execution?.result?.summary ?? '',
  tools_used: (execution?.steps ?? []).flatMap((s) => (s.type === 'tool' ? [s.tool] : [])),
});

export const handler = async (item: ExamTaskInput & WithError): Promise<void> => {
  const graduation = await currentGraduation(item.agent_id, item.graduation_id);
  const task = graduation.exam_tasks[item.index];
  if (graduation.status !== 'running' || !task) return;
  const execution = task.execution_id ? await getExecution(item.agent_id, task.execution_id) : null;
  const outcome = outcomeOf(execution);
  const grade = gradeExamTask({ task: task.task, expect: task.expect, kind: task.kind }, outcome);
  const reason =
    outcome.status === 'succeeded'
      ? null
      : (execution?.error?.message ?? (item.error ? `${item.error.Error ?? 'the run failed'}: ${causeMessage(item.error.Cause).slice(0, 300)}` : `the exam run ended ${execution?.status ?? 'without a record'}`));
  await recordExamTask(item.agent_id, item.graduation_id, {
    ...task,
    score: grade.score,
    checks: grade.checks,
    outcome: taskOutcome(task.kind, grade.score, graduation.pass_mark),
    reason,
  });
};
