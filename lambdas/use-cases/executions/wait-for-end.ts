import { setTimeout as sleep } from 'node:timers/promises';
import { getExecution } from '../../data/executions';
import { type Execution, isActive } from '../../domain/executions/model';
import { MIN_READ_GAP_MS, readOffsets } from '../../domain/executions/sync-wait';

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
