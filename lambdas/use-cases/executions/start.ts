import { type Firing, submitExecution } from '../../data/executions';
import type { Agent } from '../../domain/agents/model';
import type { Execution, ExecutionSource } from '../../domain/executions/model';
import { type ExecutionRequest, newExecution } from '../../domain/executions/submit';
import { concurrencyCapOf } from '../../domain/workspaces';
import type { BudgetedWorkspace } from '../../domain/spend';
import { assertBudgetLeft, budgetedWorkspace } from '../../flows/execution/budget';
import { ServiceUnavailable } from '../../domain/errors';
import { logger } from '../../shared/logger';
import { countMetric } from '../../shared/observability';
import { finish } from '../../flows/execution/finish';
import { startRun } from '../../adapters/execution-state-machine';

/**
 * Starting a run, for a request and for a schedule's firing alike, the primary course:
 * 1. read the workspace once: refused when the month's budget is spent (403 BUDGET_EXCEEDED);
 * 2. store the execution `pending` against the workspace's concurrency cap;
 * 3. start the state machine with the execution's id as the run's name.
 * A run that cannot be started is recorded failed, never left pending, its slot is given back, and the
 * caller is told to retry (503 SERVICE_UNAVAILABLE).
 */

const START_RETRY_AFTER_SECONDS = 5;

export interface StartOptions {
  requestedBy: string;
  source: ExecutionSource;
  firing?: Firing;
  /** The agent's workspace, when the caller read it beside the agent. */
  workspace?: BudgetedWorkspace;
}

export const startExecution = async (agent: Agent, request: ExecutionRequest, options: StartOptions): Promise<Execution> => {
  // One read of the workspace serves the budget and the concurrency cap.
  const workspace = options.workspace ?? (await budgetedWorkspace(agent.workspace_id));
  await assertBudgetLeft(workspace);
  const execution = newExecution(request, {
    agent,
    requestedBy: options.requestedBy,
    source: options.source,
    now: new Date().toISOString(),
  });
  await submitExecution(execution, concurrencyCapOf(workspace), options.firing);
  try {
    await startRun(execution);
  } catch (error) {
    logger.error('the state machine did not start the run', { execution_id: execution.id, error: (error as Error).message });
    await finish(execution, () => ({
      status: 'failed',
      result: null,
      error: { code: 'SERVICE_UNAVAILABLE', message: 'the execution could not be started; submit it again' },
    }));
    throw new ServiceUnavailable(
      `execution ${execution.id} could not be started and was recorded failed; submit it again shortly`,
      START_RETRY_AFTER_SECONDS,
    );
  }
  countMetric('ExecutionStarted');
  return execution;
};
