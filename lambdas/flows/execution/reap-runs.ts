import { activeExecutionsDue } from '../../data/active-executions';
import { reaped } from '../../domain/executions/stranded';
import { endStranded } from './end-stranded';
import { observed } from '../../shared/observability';

/**
 * Every few minutes (an EventBridge schedule; locally a timer and `POST /local/reaper/tick`): runs
 * still active well past their timeout — whatever stranded them — end `timed_out`, their slots free.
 * The event's `time` is "now", so a test can tick at a chosen time.
 */
export const handler = observed(async (event: { time?: string }): Promise<{ reaped: string[] }> => {
  const due = await activeExecutionsDue(event.time ?? new Date().toISOString());
  const ended = await Promise.all(due.map(async (run) => ((await endStranded(run, reaped(run), 'reaper')) ? run.id : null)));
  return { reaped: ended.filter((id): id is string => id !== null) };
});
