import { attemptOutcome, FAILING_DISABLES_AFTER_MS } from '../../../../lambdas/domain/webhooks/outcome';
import { hopDelaySeconds, MAX_ATTEMPTS, RETRY_DELAYS_MS, retryDelayMs } from '../../../../lambdas/domain/webhooks/retry';

const middle = () => 0.5;
const now = new Date('2026-03-01T12:00:00.000Z');
const healthy = { failing_since: null };
const after = (ms: number) => new Date(now.getTime() + ms).toISOString();

describe('the retry schedule', () => {
  it('waits about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h, over 3 days in all', () => {
    const delays = RETRY_DELAYS_MS.map((_, i) => retryDelayMs(i + 1, middle));
    expect(delays).toEqual([5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 50_400_000, 72_000_000, 86_400_000]);
    expect(delays.reduce<number>((sum, d) => sum + (d ?? 0), 0)).toBeGreaterThan(3 * 24 * 3_600_000);
  });

  it('spreads each wait by up to a fifth either way with the jitter', () => {
    expect(retryDelayMs(2, () => 0)).toBe(240_000);
    expect(retryDelayMs(2, () => 0.999_999)).toBeCloseTo(360_000, -1);
  });

  it('has no wait after the last attempt', () => {
    expect(retryDelayMs(MAX_ATTEMPTS, middle)).toBeNull();
  });

  it('shrinks every wait by the local time scale', () => {
    expect(retryDelayMs(3, middle, 0.001)).toBe(1_800);
  });
});

describe('the outcome of an attempt', () => {
  it('delivers on a 2xx and clears the endpoint’s failing streak', () => {
    const outcome = attemptOutcome({ status_code: 204 }, { attempt: 4, manual: false, endpoint: { failing_since: after(-60_000) }, now, jitter: middle });
    expect(outcome).toEqual({ status: 'delivered', next_attempt_at: null, failing_since: null, disable: null });
  });

  it('schedules the next retry after a failure and starts the failing streak', () => {
    const outcome = attemptOutcome({ status_code: 500 }, { attempt: 1, manual: false, endpoint: healthy, now, jitter: middle });
    expect(outcome).toEqual({ status: 'retrying', next_attempt_at: after(5_000), failing_since: now.toISOString(), disable: null });
  });

  it('treats a redirect or no answer at all as a failure', () => {
    for (const status_code of [301, 302, null]) {
      expect(attemptOutcome({ status_code }, { attempt: 2, manual: false, endpoint: healthy, now, jitter: middle }).status).toBe('retrying');
    }
  });

  it('fails the delivery for good after the last attempt', () => {
    const outcome = attemptOutcome({ status_code: 503 }, { attempt: MAX_ATTEMPTS, manual: false, endpoint: healthy, now, jitter: middle });
    expect(outcome).toMatchObject({ status: 'failed', next_attempt_at: null, disable: null });
  });

  it('disables the endpoint at once on 410 Gone', () => {
    const outcome = attemptOutcome({ status_code: 410 }, { attempt: 1, manual: false, endpoint: healthy, now, jitter: middle });
    expect(outcome).toMatchObject({ status: 'failed', next_attempt_at: null, disable: 'gone' });
  });

  it('disables an endpoint whose attempts have all failed for 5 days, and not a moment before', () => {
    const context = { attempt: 3, manual: false, now, jitter: middle };
    const justUnder = attemptOutcome({ status_code: 500 }, { ...context, endpoint: { failing_since: after(1 - FAILING_DISABLES_AFTER_MS) } });
    const fiveDays = attemptOutcome({ status_code: 500 }, { ...context, endpoint: { failing_since: after(-FAILING_DISABLES_AFTER_MS) } });
    expect(justUnder.disable).toBeNull();
    expect(fiveDays).toMatchObject({ status: 'failed', disable: 'failing', failing_since: after(-FAILING_DISABLES_AFTER_MS) });
  });

  it('never schedules retries of a redelivery someone asked for', () => {
    const outcome = attemptOutcome({ status_code: 500 }, { attempt: 2, manual: true, endpoint: healthy, now, jitter: middle });
    expect(outcome).toMatchObject({ status: 'failed', next_attempt_at: null, disable: null });
  });
});

describe('delay hops', () => {
  it('wait at most SQS’s 15 minutes at a time, then the rest, in whole seconds', () => {
    expect(hopDelaySeconds(after(2 * 3_600_000), now)).toBe(900);
    expect(hopDelaySeconds(after(10_200), now)).toBe(11);
    expect(hopDelaySeconds(after(-5_000), now)).toBe(0);
    expect(hopDelaySeconds(null, now)).toBe(0);
  });
});
