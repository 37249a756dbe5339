import type { ExecutionStatus } from '../executions/model';
import type { Agent } from './model';

/**
 * What a run's end says about its agent (the `runtime_state` filter of seed 000: `idle`, `failed`):
 * `idle` after a completed run, `failed` after a failed or timed-out one. A cancelled run says
 * nothing about the agent, so it leaves the state as it was.
 */
export const runtimeStateAfter = (status: ExecutionStatus): Agent['runtime_state'] | null =>
  status === 'completed' ? 'idle' : status === 'failed' || status === 'timed_out' ? 'failed' : null;
