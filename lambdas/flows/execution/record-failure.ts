import { failureOf } from '../../domain/executions/flow';
import { announcement } from './announce';
import { finish } from './finish';
import type { FailedFlowState } from './flow-state';
import { countMetric, observed } from '../../shared/observability';

/**
 * Where every `Catch` of the flow leads: the run is `failed` (or `timed_out`) with a code and a
 * reason, and `execution.failed` commits with it. No execution is ever left pending or in progress.
 */
export const handler = observed(async (state: FailedFlowState): Promise<void> => {
  await finish(
    { agent_id: state.agent_id, id: state.execution_id },
    (execution) => ({ ...failureOf(state.error ?? {}, execution.timeout_seconds), result: null }),
    (after) =>
      after.error
        ? announcement(
            'execution.failed',
            after,
            { agent_id: after.agent_id, execution_id: after.id, status: after.status, error: after.error },
            {
              level: after.status === 'timed_out' ? 'warn' : 'error',
              message:
                `execution ${after.id} ${after.status === 'timed_out' ? 'timed out' : 'failed'}: ` +
                `${after.error.code} — ${after.error.message}`,
            },
          )
        : [],
  );
  countMetric('ExecutionFailed');
});
