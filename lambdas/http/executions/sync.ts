import { setTimeout as sleep } from 'node:timers/promises';
import { getExecution } from '../../data/executions';
import { type Execution, isActive } from '../../domain/executions/model';
import { ExecutionFailed, Forbidden } from '../../shared/errors';
import { accepted, ok, type Reply } from '../../shared/reply';
import { acceptedView, executionView, pollUrl } from './views';

/**
 * A sync execute waits for its run by reading the execution (Standard state machines have no
 * synchronous start): every 5 ms for the first half second, since short runs end within it and
 * each read is one GetItem, then less and less often, at most every 250 ms. A run held for
 * approval answers at once: nobody will approve it meanwhile.
 */

const pollDelayMs = (elapsedMs: number): number => (elapsedMs < 500 ? 5 : elapsedMs < 2000 ? 25 : elapsedMs < 5000 ? 100 : 250);

export const waitForEnd = async (started: Execution, waitMs: number): Promise<Execution> => {
  const begun = Date.now();
  const deadline = begun + waitMs;
  let current = started;
  while (isActive(current.status) && current.status !== 'awaiting_approval' && Date.now() < deadline) {
    await sleep(Math.min(pollDelayMs(Date.now() - begun), Math.max(0, deadline - Date.now())));
    current = (await getExecution(started.agent_id, started.id)) ?? current;
  }
  return current;
};

/** A provider or tool failure is the caller's 502; a step beyond governance their 403; any other end is the execution itself. */
const FAILED_UPSTREAM = new Set(['PROVIDER_FAILED', 'PROVIDER_THROTTLED', 'TOOL_FAILED', 'INTERNAL']);

export const syncAnswer = (execution: Execution): Reply => {
  if (isActive(execution.status)) return accepted(acceptedView(execution));
  const error = execution.error;
  const details = error ? [{ field: 'execution', issue: error.code, execution_id: execution.id, poll_url: pollUrl(execution) }] : [];
  if (execution.status === 'failed' && error && FAILED_UPSTREAM.has(error.code)) throw new ExecutionFailed(`execution ${execution.id} failed: ${error.message}`, details);
  if (execution.status === 'failed' && error?.code === 'GOVERNANCE_VIOLATION') throw new Forbidden(`execution ${execution.id} stopped: ${error.message}`, 'GOVERNANCE_VIOLATION', details);
  return ok(executionView(execution));
};
