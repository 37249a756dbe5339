import { IpRateLimiter } from '../../../local/ip-rate-limiter';

describe('the per-IP limit on unauthenticated requests', () => {
  it('refuses the request past the limit within a minute and says when to retry', () => {
    const limiter = new IpRateLimiter(3);
    const now = Date.UTC(2026, 0, 1, 10, 0, 15);
    expect([1, 2, 3].map(() => limiter.retryAfter('10.0.0.1', now))).toEqual([null, null, null]);
    expect(limiter.retryAfter('10.0.0.1', now)).toBe(45);
    expect(limiter.retryAfter('10.0.0.2', now)).toBeNull();
  });

  it('starts afresh the next minute', () => {
    const limiter = new IpRateLimiter(1);
    const now = Date.UTC(2026, 0, 1, 10, 0, 59);
    limiter.retryAfter('a', now);
    expect(limiter.retryAfter('a', now)).not.toBeNull();
    expect(limiter.retryAfter('a', now + 2_000)).toBeNull();
  });
});
