import type { Execution, ExecutionError, FinalStatus } from './model';

/**
 * Runs whose flow ended without recording it (the recording itself failed, the state machine was
 * stopped or ran past its ceiling, or the local runtime stopped): how each is ended, and when the
 * reaper may end one that nothing else did.
 */

/** Past its timeout, a run's flow still has this long to record its end (its own ceiling adds as much). */
export const REAP_MARGIN_SECONDS = 15 * 60;

/** When a run still active may be ended by the reaper: its submission plus its timeout plus the margin. */
export const reapAfter = (execution: Pick<Execution, 'created_at' | 'timeout_seconds'>): string =>
  new Date(Date.parse(execution.created_at) + (execution.timeout_seconds + REAP_MARGIN_SECONDS) * 1000).toISOString();

export interface StrandedEnd {
  status: FinalStatus;
  error: ExecutionError;
}

/** Step Functions' statuses of a run that ended other than by succeeding. */
export type FlowEndStatus = 'FAILED' | 'TIMED_OUT' | 'ABORTED';

export const endOfFlow = (status: FlowEndStatus, cause: { error?: string | null; cause?: string | null }): StrandedEnd => {
  const why = [cause.error, cause.cause].filter(Boolean).join(': ');
  if (status === 'ABORTED')
    return { status: 'cancelled', error: { code: 'CANCELLED', message: `the execution flow was stopped${why ? ` (${why})` : ''}` } };
  if (status === 'TIMED_OUT')
    return {
      status: 'timed_out',
      error: { code: 'TIMED_OUT', message: 'the execution flow ran past its ceiling before recording the run' },
    };
  return {
    status: 'failed',
    error: { code: 'INTERNAL', message: `the execution flow failed${why ? ` (${why})` : ''} before recording the run; submit it again` },
  };
};

export const recordingFailed = (cause: { Error?: string; Cause?: string } | undefined): StrandedEnd => ({
  status: 'failed',
  error: {
    code: 'INTERNAL',
    message: `the run failed and recording its failure failed too (${cause?.Error ?? 'unknown error'}); submit it again`,
  },
});

export const reaped = (execution: Pick<Execution, 'timeout_seconds'>): StrandedEnd => ({
  status: 'timed_out',
  error: {
    code: 'TIMED_OUT',
    message:
      `the execution was still running ${REAP_MARGIN_SECONDS / 60} minutes past the agent's timeout of ` +
      `${execution.timeout_seconds} seconds; the platform ended it`,
  },
});

export const runtimeStopped = (): StrandedEnd => ({
  status: 'failed',
  error: { code: 'INTERNAL', message: 'the local runtime stopped while the execution ran; submit it again' },
});
