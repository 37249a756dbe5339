/**
 * When a failed delivery is tried again (API.md "Events and webhooks": exponential backoff with
 * jitter for over 3 days). Pure: the clock, the jitter and the local time scale are passed in.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** The wait before retry n (1-based): about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h — 76 h in all. */
export const RETRY_DELAYS_MS: readonly number[] = [
  5 * SECOND,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  5 * HOUR,
  10 * HOUR,
  14 * HOUR,
  20 * HOUR,
  24 * HOUR,
];

/** The first attempt plus one per retry. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** Up to ±20 % of each wait, so endpoints that failed together are not all retried in the same second. */
export const JITTER = 0.2;

/** A number in [0, 1): `Math.random` deployed, a constant in tests. */
export type Jitter = () => number;

/**
 * The wait after failed attempt `attempt` (1-based), or null when it was the last one.
 * `scale` shrinks the waits for the local runtime's tests; it is 1 deployed.
 */
export const retryDelayMs = (attempt: number, jitter: Jitter, scale = 1): number | null => {
  const base = RETRY_DELAYS_MS[attempt - 1];
  if (base === undefined) return null;
  const factor = 1 + JITTER * (2 * jitter() - 1);
  return Math.round(base * factor * scale);
};

/**
 * Answers worth sending again: no answer (a network error, a timeout), 408, 409, 425, 429 and 5xx.
 * Any other 4xx, and a redirect, says the receiver refuses this request as it is, so sending it
 * again only multiplies traffic at a server that said no.
 */
export const RETRIED_STATUSES: readonly number[] = [408, 409, 425, 429];

export const isRetried = (status: number | null): boolean => status === null || status >= 500 || RETRIED_STATUSES.includes(status);

/** The statuses whose `Retry-After` is honoured, and the longest wait it may ask for (the schedule's longest). */
export const RETRY_AFTER_STATUSES: readonly number[] = [429, 503];
export const RETRY_AFTER_CAP_MS = RETRY_DELAYS_MS[RETRY_DELAYS_MS.length - 1] as number;

const DELTA_SECONDS = /^\d{1,10}$/;
/** RFC 9110's IMF-fixdate, e.g. `Sun, 06 Nov 1994 08:49:37 GMT`: `Date.parse` alone would read "-5" as a year. */
const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** `Retry-After` (delta-seconds or an HTTP date) as a wait from `now`, at most the cap; null when absent or unreadable. */
export const retryAfterMs = (value: string | null | undefined, now: Date): number | null => {
  const trimmed = value?.trim() ?? '';
  const ms = DELTA_SECONDS.test(trimmed)
    ? Number(trimmed) * SECOND
    : HTTP_DATE.test(trimmed)
      ? Date.parse(trimmed) - now.getTime()
      : Number.NaN;
  return Number.isNaN(ms) ? null : Math.min(RETRY_AFTER_CAP_MS, Math.max(0, ms));
};

/** SQS's longest `DelaySeconds`: a longer wait is made of hops of at most this. */
export const MAX_HOP_SECONDS = 900;

/** The delay of the next hop towards `notBefore` (null: at once); whole seconds, as SQS takes them. */
export const hopDelaySeconds = (notBefore: string | null, now: Date): number =>
  notBefore ? Math.min(MAX_HOP_SECONDS, Math.max(0, Math.ceil((Date.parse(notBefore) - now.getTime()) / 1000))) : 0;
