import { setTimeout as sleep } from 'node:timers/promises';
import { getExecution } from '../../data/executions';
import { type Execution, isActive } from '../../domain/executions/model';
import { MIN_READ_GAP_MS, readOffsets } from '../../domain/executions/sync-wait';
import { ExecutionFailed, Forbidden } from '../../domain/errors';
import { accepted, ok, type Reply } from '../../shared/reply';
import { acceptedView, executionView, pollUrl } from './views';

/**
 * A sync execute waits for its run by reading the execution on a back-off (`readOffsets`); a read
 * that came back late pushes the next one out rather than crowding it. A run held for approval
 * answers at once: nobody will approve it meanwhile.
 */
export const waitForEnd = async (started: Execution, waitMs: number): Promise<Execution> => {
  const begun = Date.now();
  const deadline = begun + waitMs;
  let current = started;
  let lastRead = begun;
  for (const offset of readOffsets(waitMs)) {
    if (!isActive(current.status) || current.status === 'awaiting_approval') break;
    const due = Math.max(begun + offset, lastRead + MIN_READ_GAP_MS);
    if (due > deadline) break;
    await sleep(Math.max(0, due - Date.now()));
    lastRead = Date.now();
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
  if (execution.status === 'failed' && error && FAILED_UPSTREAM.has(error.code))
    throw new ExecutionFailed(`execution ${execution.id} failed: ${error.message}`, details);
  if (execution.status === 'failed' && error?.code === 'GOVERNANCE_VIOLATION')
    throw new Forbidden(`execution ${execution.id} stopped: ${error.message}`, 'GOVERNANCE_VIOLATION', details);
  return ok(executionView(execution));
};
