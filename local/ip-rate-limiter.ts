/**
 * The per-IP limit on unauthenticated requests (API.md: 60 a minute), which the web ACL's rate
 * rule enforces deployed. A fixed one-minute window per address.
 */
export class IpRateLimiter {
  private readonly windows = new Map<string, { minute: number; count: number }>();

  constructor(private readonly perMinute: number) {}

  /** Seconds to wait when over the limit, otherwise null. */
  retryAfter(ip: string, now = Date.now()): number | null {
    const minute = Math.floor(now / 60_000);
    const window = this.windows.get(ip);
    const current = window && window.minute === minute ? window : { minute, count: 0 };
    current.count += 1;
    this.windows.set(ip, current);
    if (this.windows.size > 10_000) this.forgetBefore(minute);
    return current.count > this.perMinute ? Math.max(1, Math.ceil((minute + 1) * 60 - now / 1000)) : null;
  }

  private forgetBefore(minute: number): void {
    for (const [ip, window] of this.windows) if (window.minute < minute) this.windows.delete(ip);
  }
}
