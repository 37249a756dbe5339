import { setRuntimeState } from '../../data/agent-runtime';
import { finishExecution, getExecution, isExecutionChanged } from '../../data/executions';
import type { TransactItem } from '../../data/operations';
import { runtimeStateAfter } from '../../domain/agents/runtime-state';
import { episodeOf } from '../../domain/executions/episode';
import { type Execution, type FinalStatus, isActive } from '../../domain/executions/model';
import { statsDelta } from '../../domain/executions/stats-delta';

/**
 * Ends a run in one transaction — the execution, its slot under the workspace's cap, its episode,
 * the agent's statistics and `runtime_state`, and what `announce` adds (its event and log line) —
 * unless it already ended (a cancel got there first, or this is a retry): then nothing is written, no event either,
 * and null is answered.
 */

const ATTEMPTS = 3;

export const finish = async (
  ref: Pick<Execution, 'agent_id' | 'id'>,
  outcome: (execution: Execution) => Pick<Execution, 'status' | 'result' | 'error'> & { status: FinalStatus },
  announce: (after: Execution) => TransactItem[] = () => [],
): Promise<Execution | null> => {
  for (let attempt = 1; ; attempt += 1) {
    const before = await getExecution(ref.agent_id, ref.id);
    if (!before || !isActive(before.status)) return null;
    const now = new Date().toISOString();
    const after: Execution = {
      ...before,
      ...outcome(before),
      pending_approval: null,
      task_token: null,
      progress: 100,
      completed_at: now,
      updated_at: now,
      version: before.version + 1,
    };
    // Cancelled runs have no outcome to learn from; exam runs are not the agent's experience.
    const counted =
      after.status === 'cancelled' || after.purpose === 'exam' ? null : { episode: episodeOf(after), stats: statsDelta(after) };
    // An exam run's ending says nothing of how the agent's own work went.
    const state = after.purpose === 'exam' ? null : runtimeStateAfter(after.status);
    const agentState = state ? [setRuntimeState(after.workspace_id, after.agent_id, state)] : [];
    try {
      await finishExecution(before, after, counted, [...agentState, ...announce(after)]);
      return after;
    } catch (error) {
      // The flow and a person may write at the same moment: read again and decide again.
      if (!isExecutionChanged(error) || attempt === ATTEMPTS) throw error;
    }
  }
};
