import { findAgent } from '../../data/agents';
import { getExecution, submitExecution } from '../../data/executions';
import { recordExamTask } from '../../data/graduations';
import type { Execution } from '../../domain/executions/model';
import { newExecution } from '../../domain/executions/submit';
import { examRunParameters } from '../../domain/graduation/exam-choice';
import { newId } from '../../domain/ids';
import type { FlowStart } from '../execution/flow-state';
import { currentGraduation } from './endings';
import type { ExamTaskInput } from './flow-state';

/**
 * Creates an exam task's run: an execution of the agent with `purpose: exam`, governed at the
 * target level, stored `pending` like any run, and answers the execution flow's input for the child
 * run. Its id is written to the task first, so a retried step reuses the same execution.
 */

/** Exam runs are bounded by the Map's concurrency, not the workspace's cap for ordinary runs. */
const EXAM_RUNS_CAP = Number.MAX_SAFE_INTEGER;

export const handler = async (item: ExamTaskInput): Promise<ExamTaskInput & { execution_id: string; run: FlowStart }> => {
  const graduation = await currentGraduation(item.agent_id, item.graduation_id);
  if (graduation.status !== 'running') throw new Error(`graduation ${graduation.id} is ${graduation.status}`);
  const task = graduation.exam_tasks[item.index];
  if (!task) throw new Error(`graduation ${graduation.id} has no exam task ${item.index}`);
  const agent = await findAgent(item.workspace_id, item.agent_id);
  if (!agent) throw new Error(`agent ${item.agent_id} was deleted during its exam`);
  const id = task.execution_id ?? newId('exec');
  if (!task.execution_id) await recordExamTask(item.agent_id, item.graduation_id, { ...task, execution_id: id });
  if (!(await getExecution(agent.id, id))) {
    const request = { task: task.task, context: task.context, parameters: examRunParameters(task), mode: 'async' as const };
    const execution: Execution = {
      ...newExecution(request, { agent, requestedBy: graduation.created_by, source: { type: 'api' }, now: new Date().toISOString(), id }),
      purpose: 'exam',
      exam_level: graduation.target_level,
      graduation_id: graduation.id,
    };
    await submitExecution(execution, EXAM_RUNS_CAP);
  }
  return { ...item, execution_id: id, run: { workspace_id: item.workspace_id, agent_id: item.agent_id, execution_id: id } };
};
