import { type Firing, submitExecution } from '../data/executions';
import { getWorkspace } from '../data/workspaces';
import type { Agent } from '../domain/agents/model';
import type { Execution, ExecutionSource } from '../domain/executions/model';
import { type ExecutionRequest, newExecution } from '../domain/executions/submit';
import { executionConcurrency, type Tier } from '../domain/tiers';
import type { Workspace } from '../domain/workspaces';
import { assertBudgetLeft, budgetedWorkspace } from './budget';
import { ServiceUnavailable } from '../shared/errors';
import { logger } from '../shared/logger';
import { countMetric } from '../shared/observability';
import { finish } from './finish';
import { startRun } from './state-machine';

/**
 * Starting a run, for a request and for a schedule's firing alike: refused when the month's budget
 * is spent (403 BUDGET_EXCEEDED), the execution is stored `pending` against the workspace's
 * concurrency cap, then the state machine is started with its id as the run's name. A run that
 * cannot be started is recorded failed, never left pending, its slot is given back, and the caller
 * is told to retry (503 SERVICE_UNAVAILABLE).
 */

const START_RETRY_AFTER_SECONDS = 5;

/** Enterprise workspaces may carry their own figure; every other tier's is the table's. */
type WithConcurrency = Workspace & { execution_concurrency_override?: number | null };

export const concurrencyCap = async (workspaceId: string, tier: Tier | null): Promise<number> => {
  if (tier && tier !== 'enterprise') return executionConcurrency[tier];
  const workspace = (await getWorkspace(workspaceId)) as WithConcurrency | null;
  return workspace?.execution_concurrency_override ?? executionConcurrency[workspace?.tier ?? 'free'];
};

export interface StartOptions {
  requestedBy: string;
  source: ExecutionSource;
  tier: Tier | null;
  firing?: Firing;
}

export const startExecution = async (agent: Agent, request: ExecutionRequest, options: StartOptions): Promise<Execution> => {
  await assertBudgetLeft(await budgetedWorkspace(agent.workspace_id));
  const execution = newExecution(request, { agent, requestedBy: options.requestedBy, source: options.source, now: new Date().toISOString() });
  await submitExecution(execution, await concurrencyCap(agent.workspace_id, options.tier), options.firing);
  try {
    await startRun(execution);
  } catch (error) {
    logger.error('the state machine did not start the run', { execution_id: execution.id, error: (error as Error).message });
    await finish(execution, () => ({ status: 'failed', result: null, error: { code: 'SERVICE_UNAVAILABLE', message: 'the execution could not be started; submit it again' } }));
    throw new ServiceUnavailable(`execution ${execution.id} could not be started and was recorded failed; submit it again shortly`, START_RETRY_AFTER_SECONDS);
  }
  countMetric('ExecutionStarted');
  return execution;
};
