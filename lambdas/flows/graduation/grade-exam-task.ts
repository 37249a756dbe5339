import { findAgent } from '../../data/agents';
import { getExecution } from '../../data/executions';
import { recordExamTask } from '../../data/graduations';
import { causeMessage } from '../../domain/executions/flow';
import type { Execution } from '../../domain/executions/model';
import type { ExamOutcome } from '../../domain/graduation/exam';
import { gradeExamTask } from '../../domain/graduation/grading';
import { taskOutcome } from '../../domain/graduation/verdict';
import { budgetedWorkspace } from '../execution/budget';
import { gradeRubric } from '../execution/grade-rubric';
import { modelConnection } from '../execution/model-connection';
import { currentGraduation } from './endings';
import type { ExamTaskInput, WithError } from './flow-state';

/**
 * Grades one exam task from its run as recorded (domain/graduation/grading.ts). Also the Catch of a
 * child run that failed: that run scores 0, with its error as the reason.
 */

const OUTCOME_STATUS: Partial<Record<Execution['status'], ExamOutcome['status']>> = {
  completed: 'succeeded',
  cancelled: 'cancelled',
  timed_out: 'timed_out',
};

const outcomeOf = (execution: Execution | null): ExamOutcome => ({
  status: (execution && OUTCOME_STATUS[execution.status]) ?? 'failed',
  output: execution?.result?.summary ?? '',
  tools_used: (execution?.steps ?? []).flatMap((s) => (s.type === 'tool' ? [s.tool] : [])),
});

/** A rubric is graded by the agent's own model provider, paid from its workspace's budget (flows/execution/grade-rubric.ts). */
const rubricScoreOf = async (item: ExamTaskInput, task: string, rubric: string, output: string): Promise<number | undefined> => {
  const agent = await findAgent(item.workspace_id, item.agent_id);
  if (!agent) return undefined;
  const [connection, workspace] = await Promise.all([modelConnection(agent), budgetedWorkspace(agent.workspace_id)]);
  return gradeRubric({ connection, model: agent.llm_model, workspace }, rubric, task, output);
};

export const handler = async (item: ExamTaskInput & WithError): Promise<void> => {
  const graduation = await currentGraduation(item.agent_id, item.graduation_id);
  const task = graduation.exam_tasks[item.index];
  if (graduation.status !== 'running' || !task) return;
  const execution = task.execution_id ? await getExecution(item.agent_id, task.execution_id) : null;
  const outcome = outcomeOf(execution);
  const rubricScore =
    task.expect.rubric && outcome.status === 'succeeded'
      ? await rubricScoreOf(item, task.task, task.expect.rubric, outcome.output)
      : undefined;
  const grade = gradeExamTask({ task: task.task, expect: task.expect, kind: task.kind }, outcome, rubricScore);
  const reason =
    outcome.status === 'succeeded'
      ? null
      : (execution?.error?.message ??
        (item.error
          ? `${item.error.Error ?? 'the run failed'}: ${causeMessage(item.error.Cause).slice(0, 300)}`
          : `the exam run ended ${execution?.status ?? 'without a record'}`));
  await recordExamTask(item.agent_id, item.graduation_id, {
    ...task,
    score: grade.score,
    checks: grade.checks,
    outcome: taskOutcome(task.kind, grade.score, graduation.pass_mark),
    reason,
  });
};
