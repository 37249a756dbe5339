import type { NextAction } from '../../domain/executions/flow';
import { FLOW_ERRORS, FlowError } from '../../domain/executions/flow-errors';

/**
 * What the state machine carries from step to step: which execution, its deadline, and what comes
 * next. Everything else lives in the execution's item, so the state stays far below Step Functions'
 * 256 KiB payload limit however long the run.
 */

export interface FlowStart {
  workspace_id: string;
  agent_id: string;
  execution_id: string;
}

export interface FlowState extends FlowStart {
  /** Epoch milliseconds: the start plus the agent's `timeout_seconds`. */
  deadline: number;
  /** Whole seconds left, at least 1: every step's `TimeoutSecondsPath`. */
  remaining_seconds: number;
  next: NextAction;
}

/** What a `Catch` adds before the failure is recorded. */
export interface FailedFlowState extends FlowStart {
  error?: { Error?: string; Cause?: string };
}

export const remainingSeconds = (deadline: number, now = Date.now()): number => Math.max(1, Math.ceil((deadline - now) / 1000));

export const assertBeforeDeadline = (state: Pick<FlowState, 'deadline'>, timeoutSeconds: number, now = Date.now()): void => {
  if (now >= state.deadline) throw new FlowError(FLOW_ERRORS.timedOut, `the agent's timeout of ${timeoutSeconds} seconds has passed`);
};

export const continueWith = (state: FlowState, next: NextAction): FlowState => ({
  ...state,
  next,
  remaining_seconds: remainingSeconds(state.deadline),
});
