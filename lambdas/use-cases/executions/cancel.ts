import type { Execution } from '../../domain/executions/model';
import { stopRun } from '../../adapters/execution-state-machine';
import type { Principal } from '../../shared/principal';
import { loadAgentToRun } from '../agents/authorize-run';
import { cancelRun } from './control';
import { executionOf } from './find';

/**
 * Cancelling an execution, the primary course:
 * 1. load the agent the caller may run (authorize-run.ts) and its execution;
 * 2. record the cancel, then stop the state machine's run (control.ts).
 */
export const cancelExecution = async (principal: Principal, ref: string, executionId: string): Promise<Execution> => {
  const agent = await loadAgentToRun(principal, ref);
  return cancelRun(await executionOf(agent, executionId), principal.user_id, stopRun);
};
