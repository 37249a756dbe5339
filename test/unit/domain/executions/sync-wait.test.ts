import { MIN_READ_GAP_MS, readOffsets } from '../../../../lambdas/domain/executions/sync-wait';

const gaps = (offsets: number[]): number[] => offsets.map((at, i) => at - (offsets[i - 1] ?? 0));

describe('the reads of a sync execute while it waits', () => {
  it('number at most 40 over the longest wait, 25 s', () => {
    const offsets = readOffsets(25_000);
    expect(offsets.length).toBeLessThanOrEqual(40);
    expect(offsets).toHaveLength(37);
  });

  it('start 100 ms after the run starts and are never closer than 100 ms to each other', () => {
    for (const waitMs of [1_000, 5_000, 12_345, 25_000]) {
      const offsets = readOffsets(waitMs);
      expect(offsets[0]).toBe(MIN_READ_GAP_MS);
      expect(Math.min(...gaps(offsets))).toBeGreaterThanOrEqual(MIN_READ_GAP_MS);
    }
  });

  it('back off: each gap is at least the one before, and none exceeds one second', () => {
    const between = gaps(readOffsets(25_000)).slice(0, -1);
    between.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(between[i - 1] ?? 0));
    expect(Math.max(...between)).toBeLessThanOrEqual(1_000);
  });

  it('end with a read at the deadline, so a run that ends just before it still answers finished', () => {
    expect(readOffsets(25_000).at(-1)).toBe(25_000);
    expect(readOffsets(1_000).at(-1)).toBe(1_000);
  });

  it('are none when the caller will not wait', () => {
    expect(readOffsets(0)).toEqual([]);
  });
});
