/**
 * Each endpoint's circuit breaker, so one dead or slow receiver cannot take the delivery
 * function's shared concurrency from every other tenant: after BREAKER_THRESHOLD failed attempts
 * in a row the breaker opens, and the endpoint's deliveries wait out the cool-down unattempted (no
 * attempt is counted). After it, one attempt is the probe (the others wait out its window, so the
 * deliveries held back do not all rush a receiver that may still be down): a failure opens it again
 * for twice as long (60 s, 2 min, … at most 1 h), a success closes it. Pure: the clock is passed in.
 */

export const BREAKER_THRESHOLD = 5;
export const BREAKER_COOLDOWN_MS = 60_000;
export const BREAKER_COOLDOWN_MAX_MS = 60 * 60_000;
/** How long the probe holds the others back: an attempt's 10 s and then some. Should its run be lost, another probes after it. */
export const PROBE_WINDOW_MS = 15_000;

/** As kept on the endpoint's item; absent attributes (older items) read as a closed breaker. */
export interface BreakerState {
  /** Failed attempts since the last success. */
  circuit_failures?: number;
  /** Until when the breaker is open; null or past: closed. */
  circuit_open_until?: string | null;
  /** How many times it opened since the last success: the next cool-down doubles with each. */
  circuit_opens?: number;
}

export type CircuitView = { state: 'closed' } | { state: 'open'; until: string };

export const openUntil = (state: BreakerState, now: Date): string | null =>
  state.circuit_open_until && Date.parse(state.circuit_open_until) > now.getTime() ? state.circuit_open_until : null;

export const circuitView = (state: BreakerState, now: Date): CircuitView => {
  const until = openUntil(state, now);
  return until ? { state: 'open', until } : { state: 'closed' };
};

export const cooldownMs = (opens: number): number => Math.min(BREAKER_COOLDOWN_MAX_MS, BREAKER_COOLDOWN_MS * 2 ** Math.min(opens, 16));

/**
 * What a queued attempt may do: go ahead, wait until the breaker closes, or try to
 * become the probe (claiming the cool-down that ended).
 */
export type Gate = { kind: 'attempt' } | { kind: 'wait'; until: string } | { kind: 'probe'; ended: string; window: string };

export const gate = (state: BreakerState, now: Date): Gate => {
  const until = openUntil(state, now);
  if (until) return { kind: 'wait', until };
  if ((state.circuit_failures ?? 0) >= BREAKER_THRESHOLD && state.circuit_open_until) {
    return { kind: 'probe', ended: state.circuit_open_until, window: new Date(now.getTime() + PROBE_WINDOW_MS).toISOString() };
  }
  return { kind: 'attempt' };
};

/**
 * After a failed attempt has been counted (`state` holds the new count): when the breaker opens,
 * and for how long; null when it stays as it is (under the threshold, or already open). A failed
 * probe always opens it again.
 */
export const opening = (state: BreakerState, now: Date, probe = false): { until: string; opens: number } | null => {
  if (!probe && ((state.circuit_failures ?? 0) < BREAKER_THRESHOLD || openUntil(state, now))) return null;
  const opens = state.circuit_opens ?? 0;
  return { until: new Date(now.getTime() + cooldownMs(opens)).toISOString(), opens: opens + 1 };
};

/** A success closes the breaker; nothing to write when it holds no failures. */
export const needsClosing = (state: BreakerState): boolean =>
  (state.circuit_failures ?? 0) > 0 || (state.circuit_opens ?? 0) > 0 || Boolean(state.circuit_open_until);

/** What starts an endpoint's breaker afresh: a new endpoint, a new URL, re-enabling it. */
export const CLOSED_BREAKER: Required<BreakerState> = { circuit_failures: 0, circuit_open_until: null, circuit_opens: 0 };
