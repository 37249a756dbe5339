import { failureOf } from '../domain/executions/flow';
import { announce } from './announce';
import { finish } from './finish';
import type { FailedFlowState } from './flow-state';

/**
 * Where every `Catch` of the flow leads: the run is `failed` (or `timed_out`) with a code and a
 * reason, and `execution.failed` is published. No execution is ever left pending or in progress.
 */
export const handler = async (state: FailedFlowState): Promise<void> => {
  const after = await finish({ agent_id: state.agent_id, id: state.execution_id }, (execution) => ({
    ...failureOf(state.error ?? {}, execution.timeout_seconds),
    result: null,
  }));
  if (!after?.error) return;
  await announce(
    'execution.failed',
    after,
    { status: after.status, error: after.error },
    { level: after.status === 'timed_out' ? 'warn' : 'error', message: `execution ${after.id} ${after.status === 'timed_out' ? 'timed out' : 'failed'}: ${after.error.code} — ${after.error.message}` },
  );
};
