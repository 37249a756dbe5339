/**
 * API Gateway's throttle of a usage plan: a token bucket per API key (a workspace's), filled at the
 * tier's steady rate up to its burst. A request takes a token; an empty bucket throttles it. Unlike
 * a per-minute window, a burst above the bucket is refused even at the start of a minute.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly clock: () => number = Date.now) {}

  /** Takes a token from `key`'s bucket (full when first seen); false when there is none. */
  take(key: string, perSecond: number, burst: number): boolean {
    const now = this.clock();
    const bucket = this.buckets.get(key) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 10_000) this.forgetFull(now);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** A bucket idle long enough to be full again is the same as no bucket. */
  private forgetFull(now: number): void {
    for (const [key, bucket] of this.buckets) if (now - bucket.at > 60_000) this.buckets.delete(key);
  }
}
