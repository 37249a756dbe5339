import { TokenBuckets } from '../../../local/token-buckets';

describe("a usage plan's token bucket", () => {
  let now = 0;
  const at = (ms: number) => {
    now = ms;
  };
  const aClockedBucket = () => {
    at(0);
    return new TokenBuckets(() => now);
  };

  it('lets a burst up to the bucket through at once and throttles the rest, even at the start of a minute', () => {
    const buckets = aClockedBucket();
    const answers = Array.from({ length: 15 }, () => buckets.take('ws_1', 1, 10));
    expect(answers.filter(Boolean)).toHaveLength(10);
    expect(answers.slice(10)).toEqual([false, false, false, false, false]);
    expect(buckets.take('ws_2', 1, 10)).toBe(true);
  });

  it('never throttles a steady rate at the limit, and refills at that rate', () => {
    const buckets = aClockedBucket();
    const steady = Array.from({ length: 120 }, (_, i) => {
      at(i * 1000);
      return buckets.take('ws_1', 1, 10);
    });
    expect(steady.every(Boolean)).toBe(true);
    const drained = aClockedBucket();
    for (let i = 0; i < 10; i += 1) drained.take('ws_1', 2, 10);
    at(400);
    expect(drained.take('ws_1', 2, 10)).toBe(false);
    at(500);
    expect(drained.take('ws_1', 2, 10)).toBe(true);
  });

  it('throttles a steady rate above the limit once the burst is spent', () => {
    const buckets = aClockedBucket();
    const answers = Array.from({ length: 40 }, (_, i) => {
      at(i * 500);
      return buckets.take('ws_1', 1, 10);
    });
    expect(answers.slice(0, 19).every(Boolean)).toBe(true);
    expect(answers.slice(19).filter((a) => !a).length).toBeGreaterThan(5);
  });
});
