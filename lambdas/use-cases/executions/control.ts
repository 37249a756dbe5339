import { executionNotFound, getExecution, saveExecution } from '../../data/executions';
import { FLOW_ERRORS } from '../../domain/executions/flow-errors';
import { type Execution, type ExecutionStep, isActive } from '../../domain/executions/model';
import { Conflict } from '../../domain/errors';
import { finish } from '../../flows/execution/finish';
import type { HeldStepAnswer } from '../../adapters/execution-state-machine';

/**
 * What people do to a running execution: cancel it, or approve or reject the step it holds. Each
 * records the change on the execution first (so the flow's next write sees it), then tells the state
 * machine, reached through the functions passed in (the SDK deployed and locally; the in-process
 * machine directly in the state-machine tests).
 */

type Ref = Pick<Execution, 'workspace_id' | 'agent_id' | 'id'>;

const notRunning = (execution: Execution, action: string) =>
  new Conflict(
    'INVALID_TRANSITION',
    `execution ${execution.id} is ${execution.status}; only a pending, in-progress or held execution can be ${action}`,
    [{ field: 'status', issue: 'invalid transition', from: execution.status }],
  );

/** Records the cancel first (so the flow's next write stops it), then stops the state machine's run. */
export const cancelRun = async (ref: Ref, by: string, stop: (executionId: string, cause: string) => Promise<void>): Promise<Execution> => {
  const current = await getExecution(ref.agent_id, ref.id);
  if (!current) throw executionNotFound(ref.id);
  if (!isActive(current.status)) throw notRunning(current, 'cancelled');
  const cause = `cancelled by ${by}`;
  const after = await finish(ref, () => ({ status: 'cancelled', result: null, error: { code: 'CANCELLED', message: cause } }));
  if (!after) throw notRunning((await getExecution(ref.agent_id, ref.id)) ?? current, 'cancelled');
  await stop(ref.id, cause);
  return after;
};

export type Decision = 'approved' | 'rejected';

/** Records the decision on the held step, then answers its task token: the flow runs the tool, or fails. */
export const decideHeldStep = async (
  ref: Ref,
  decision: Decision,
  by: string,
  comment: string | null,
  answer: (taskToken: string, answer: HeldStepAnswer) => Promise<void>,
): Promise<Execution> => {
  const before = await getExecution(ref.agent_id, ref.id);
  if (!before) throw executionNotFound(ref.id);
  const held = before.pending_approval;
  if (before.status !== 'awaiting_approval' || !held || !before.task_token) {
    throw new Conflict(
      'INVALID_TRANSITION',
      `execution ${before.id} is ${before.status}; only an execution awaiting approval can be ${decision}`,
      [{ field: 'status', issue: 'not awaiting approval', from: before.status }],
    );
  }
  const now = new Date().toISOString();
  const step: ExecutionStep = {
    type: 'approval',
    index: before.steps.length,
    at: now,
    tool: held.tool,
    risk: held.risk,
    tool_call_id: held.tool_call_id,
    decision,
    decided_by: by,
    comment,
  };
  const after: Execution = {
    ...before,
    status: 'in_progress',
    steps: [...before.steps, step],
    reasoning_trace: [...before.reasoning_trace, `${held.tool} was ${decision} by ${by}${comment ? `: ${comment}` : ''}.`],
    pending_approval: null,
    task_token: null,
    updated_at: now,
    version: before.version + 1,
  };
  // A held step answered after the run moved on (it timed out, or someone else answered) is no longer decidable.
  await saveExecution(
    before,
    after,
    [],
    () => new Conflict('INVALID_TRANSITION', `execution ${before.id} changed meanwhile (it may have timed out); fetch it again`),
  );
  await answer(
    before.task_token,
    decision === 'approved'
      ? { approved: true }
      : {
          approved: false,
          error: FLOW_ERRORS.approvalRejected,
          cause: `${held.tool} was rejected by ${by}${comment ? `: ${comment}` : ''}`,
        },
  );
  return after;
};
