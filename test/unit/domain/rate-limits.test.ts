import { rateLimitFigures, rateVerdict } from '../../../lambdas/domain/rate-limits';

const now = new Date('2026-03-10T23:59:30.000Z');

describe('rate limits from the tier table', () => {
  it('allow the free tier’s 50th request of the day and refuse the 51st until midnight UTC', () => {
    expect(rateVerdict({ tier: 'free', usedToday: 50, usedThisMinute: 1, now })).toEqual({ allowed: true });
    expect(rateVerdict({ tier: 'free', usedToday: 51, usedThisMinute: 1, now })).toEqual({
      allowed: false,
      window: 'day',
      retryAfterSeconds: 30,
    });
  });

  it('refuse past the per-minute rate even with quota left', () => {
    expect(rateVerdict({ tier: 'solo', usedToday: 10, usedThisMinute: 101, now })).toMatchObject({ allowed: false, window: 'minute' });
  });

  it('never refuse an enterprise workspace for its daily count', () => {
    expect(rateVerdict({ tier: 'enterprise', usedToday: 1_000_000, usedThisMinute: 5, now })).toEqual({ allowed: true });
  });

  it('report the daily quota, or the minute window for unlimited tiers', () => {
    expect(rateLimitFigures({ tier: 'free', usedToday: 7, usedThisMinute: 1, now })).toEqual({
      limit: 50,
      remaining: 43,
      resetAt: Date.UTC(2026, 2, 11) / 1000,
    });
    expect(rateLimitFigures({ tier: 'enterprise', usedToday: 7, usedThisMinute: 3, now }).limit).toBe(2000);
  });
});
