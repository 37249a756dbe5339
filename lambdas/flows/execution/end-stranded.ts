import { setRuntimeState } from '../../data/agent-runtime';
import { releaseExecution } from '../../data/executions';
import { outboxPut } from '../../data/outbox';
import { runtimeStateAfter } from '../../domain/agents/runtime-state';
import type { Execution } from '../../domain/executions/model';
import type { StrandedEnd } from '../../domain/executions/stranded';
import { logger } from '../../shared/logger';

/**
 * The one path that ends a run its flow could not record — the RecordFailure Catch, the state
 * machine's status-change rule, the reaper and the local runtime's restart all call it: the run
 * reads failed, timed_out or cancelled with a reason and its slot is free again (and `execution.failed`
 * commits with it unless cancelled). A run that already
 * ended is left as it is (answers false), so every caller may be late or repeat itself.
 */
export const endStranded = async (
  ref: Pick<Execution, 'workspace_id' | 'agent_id' | 'id'>,
  end: StrandedEnd,
  by: string,
): Promise<boolean> => {
  const now = new Date();
  const failed =
    end.status === 'cancelled'
      ? []
      : [
          outboxPut(
            'execution.failed',
            ref.workspace_id,
            { agent_id: ref.agent_id, execution_id: ref.id, status: end.status, error: end.error },
            now,
          ),
        ];
  const state = runtimeStateAfter(end.status);
  const agentState = state ? [setRuntimeState(ref.workspace_id, ref.agent_id, state)] : [];
  const ended = await releaseExecution(ref, end, now.toISOString(), [...agentState, ...failed]);
  if (!ended) return false;
  logger.warn('a stranded execution was ended', { execution_id: ref.id, agent_id: ref.agent_id, status: end.status, by });
  return true;
};
