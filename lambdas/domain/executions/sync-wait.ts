/**
 * When a sync execute reads its execution while it waits (Standard state machines have no
 * synchronous start, so the run's end is read, not pushed): every 100 ms for the first second,
 * when most runs end, then each gap half as long again as the one before, up to 1 s, the last one
 * on the deadline. Reads are never closer than 100 ms: a 25 s wait costs 37 reads, a run of a few
 * hundred milliseconds 2 to 4.
 */

export const MIN_READ_GAP_MS = 100;
const MAX_READ_GAP_MS = 1000;
const GAP_GROWTH = 1.5;
const STEADY_UNTIL_MS = 1000;

/** Milliseconds after the start at which to read, in order, for a wait of `waitMs`. */
export const readOffsets = (waitMs: number): number[] => {
  const offsets: number[] = [];
  let gap = MIN_READ_GAP_MS;
  for (let at = MIN_READ_GAP_MS; at <= waitMs; at += gap) {
    offsets.push(at);
    if (at >= STEADY_UNTIL_MS) gap = Math.min(MAX_READ_GAP_MS, Math.round(gap * GAP_GROWTH));
  }
  // The last read falls on the deadline: moved there when close to it, added when not.
  const last = offsets.length - 1;
  if (last >= 0 && waitMs - (offsets[last] as number) < MIN_READ_GAP_MS) offsets[last] = waitMs;
  else if (waitMs >= MIN_READ_GAP_MS) offsets.push(waitMs);
  return offsets;
};
