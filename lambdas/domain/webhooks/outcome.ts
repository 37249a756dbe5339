import type { DeliveryStatus, Webhook } from './model';
import { isRetried, MAX_ATTEMPTS, RETRY_AFTER_STATUSES, retryAfterMs, retryDelayMs, type Jitter } from './retry';

/**
 * What one attempt's result does to its delivery and its endpoint (API.md "Events and webhooks"):
 * 2xx delivers and clears the endpoint's failing streak; 410 Gone disables the endpoint at once;
 * a failure `isRetried` names is retried on the schedule (or later, when a 429 or 503 asks so with
 * `Retry-After`) until the last attempt; any other fails the delivery at once. An endpoint whose
 * attempts have all failed for 5 days is disabled. Pure: the clock and jitter are passed in.
 */

export const FAILING_DISABLES_AFTER_MS = 5 * 24 * 60 * 60 * 1000;

export interface AttemptResult {
  status_code: number | null;
  /** The answer's `Retry-After` header, if any. */
  retry_after?: string | null;
}

export interface AttemptContext {
  /** 1-based number of the attempt just made. */
  attempt: number;
  /** A redelivery someone asked for is one attempt: it never schedules retries of its own. */
  manual: boolean;
  endpoint: Pick<Webhook, 'failing_since'>;
  now: Date;
  jitter: Jitter;
  /** Shrinks the retry waits (local runtime only; 1 deployed). */
  scale?: number;
}

export interface AttemptOutcome {
  status: DeliveryStatus;
  next_attempt_at: string | null;
  /** The endpoint's `failing_since` after this attempt. */
  failing_since: string | null;
  /** Set when this attempt disables the endpoint. */
  disable: 'gone' | 'failing' | null;
  /** Why a failure is not tried again although attempts remain; null otherwise. */
  not_retried: string | null;
}

const NOT_RETRIED = 'not retried: only no answer, 408, 409, 425, 429 and 5xx are';

export const isDelivered = (result: AttemptResult): boolean =>
  result.status_code !== null && result.status_code >= 200 && result.status_code < 300;

export const attemptOutcome = (result: AttemptResult, context: AttemptContext): AttemptOutcome => {
  const { now } = context;
  if (isDelivered(result)) return { status: 'delivered', next_attempt_at: null, failing_since: null, disable: null, not_retried: null };
  const failingSince = context.endpoint.failing_since ?? now.toISOString();
  const failed = (disable: AttemptOutcome['disable'], notRetried: string | null = null): AttemptOutcome => ({
    status: 'failed',
    next_attempt_at: null,
    failing_since: failingSince,
    disable,
    not_retried: notRetried,
  });
  if (result.status_code === 410) return failed('gone');
  if (now.getTime() - Date.parse(failingSince) >= FAILING_DISABLES_AFTER_MS) return failed('failing');
  const scheduled = context.manual || context.attempt >= MAX_ATTEMPTS ? null : retryDelayMs(context.attempt, context.jitter, context.scale);
  if (scheduled === null) return failed(null);
  if (!isRetried(result.status_code)) return failed(null, NOT_RETRIED);
  const asked = RETRY_AFTER_STATUSES.includes(result.status_code ?? 0) ? retryAfterMs(result.retry_after, now) : null;
  const delay = Math.max(scheduled, Math.round((asked ?? 0) * (context.scale ?? 1)));
  return {
    status: 'retrying',
    next_attempt_at: new Date(now.getTime() + delay).toISOString(),
    failing_since: failingSince,
    disable: null,
    not_retried: null,
  };
};
