import { attemptOutcome, FAILING_DISABLES_AFTER_MS } from '../../../../lambdas/domain/webhooks/outcome';
import {
  hopDelaySeconds,
  MAX_ATTEMPTS,
  RETRY_AFTER_CAP_MS,
  RETRY_DELAYS_MS,
  retryAfterMs,
  retryDelayMs,
} from '../../../../lambdas/domain/webhooks/retry';

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
    const outcome = attemptOutcome(
      { status_code: 204 },
      { attempt: 4, manual: false, endpoint: { failing_since: after(-60_000) }, now, jitter: middle },
    );
    expect(outcome).toEqual({ status: 'delivered', next_attempt_at: null, failing_since: null, disable: null, not_retried: null });
  });

  it('schedules the next retry after a failure and starts the failing streak', () => {
    const outcome = attemptOutcome({ status_code: 500 }, { attempt: 1, manual: false, endpoint: healthy, now, jitter: middle });
    expect(outcome).toEqual({
      status: 'retrying',
      next_attempt_at: after(5_000),
      failing_since: now.toISOString(),
      disable: null,
      not_retried: null,
    });
  });

  it.each([null, 408, 409, 425, 429, 500, 502, 503, 504])('retries an attempt answered %s', (status_code) => {
    expect(attemptOutcome({ status_code }, { attempt: 2, manual: false, endpoint: healthy, now, jitter: middle })).toMatchObject({
      status: 'retrying',
      not_retried: null,
    });
  });

  it.each([400, 401, 403, 404, 413, 422, 301, 302, 307])(
    'fails the delivery after one attempt answered %s, saying why it is not retried',
    (status_code) => {
      const outcome = attemptOutcome({ status_code }, { attempt: 1, manual: false, endpoint: healthy, now, jitter: middle });
      expect(outcome).toEqual({
        status: 'failed',
        next_attempt_at: null,
        failing_since: now.toISOString(),
        disable: null,
        not_retried: expect.stringMatching(/^not retried: only no answer, 408, 409, 425, 429 and 5xx are/),
      });
    },
  );

  it('waits as long as a 429 or 503 asks with Retry-After when that is longer than the schedule', () => {
    const context = { attempt: 1, manual: false, endpoint: healthy, now, jitter: middle };
    expect(attemptOutcome({ status_code: 429, retry_after: '120' }, context).next_attempt_at).toBe(after(120_000));
    expect(
      attemptOutcome({ status_code: 503, retry_after: new Date(now.getTime() + 600_000).toUTCString() }, context).next_attempt_at,
    ).toBe(after(600_000));
    // Shorter than the schedule: the schedule's wait stands.
    expect(attemptOutcome({ status_code: 429, retry_after: '1' }, context).next_attempt_at).toBe(after(5_000));
    // Only 429 and 503 are taken at their word.
    expect(attemptOutcome({ status_code: 500, retry_after: '120' }, context).next_attempt_at).toBe(after(5_000));
  });

  it('caps a Retry-After at the longest scheduled wait and ignores one it cannot read', () => {
    expect(retryAfterMs('99999999', now)).toBe(RETRY_AFTER_CAP_MS);
    expect(RETRY_AFTER_CAP_MS).toBe(24 * 3_600_000);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs('-5', now)).toBeNull();
    expect(retryAfterMs(new Date(now.getTime() - 1000).toUTCString(), now)).toBe(0);
    expect(retryAfterMs(undefined, now)).toBeNull();
  });

  it('reads a hostile 1 MB Retry-After in well under a second', () => {
    const started = performance.now();
    expect(retryAfterMs(`Sun, 06 Nov 1994 ${'0'.repeat(1_000_000)}`, now)).toBeNull();
    expect(retryAfterMs('9'.repeat(1_000_000), now)).toBeNull();
    expect(performance.now() - started).toBeLessThan(1000);
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
    const justUnder = attemptOutcome(
      { status_code: 500 },
      { ...context, endpoint: { failing_since: after(1 - FAILING_DISABLES_AFTER_MS) } },
    );
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
