/**
 * When a sync execute reads its execution while it waits (Standard state machines have no
 * synchronous start, so the run's end is read, not pushed): the first read 100 ms after the start,
 * each gap then half as long again as the one before, up to 1 s, and a last read at the deadline
 * when it falls at least 100 ms after the one before. Reads are never closer than 100 ms: a 25 s
 * wait costs 29 reads, a run of a few hundred milliseconds 2 or 3.
 */

export const MIN_READ_GAP_MS = 100;
const MAX_READ_GAP_MS = 1000;
const GAP_GROWTH = 1.5;

/** Milliseconds after the start at which to read, in order, for a wait of `waitMs`. */
export const readOffsets = (waitMs: number): number[] => {
  const offsets: number[] = [];
  let gap = MIN_READ_GAP_MS;
  for (let at = MIN_READ_GAP_MS; at <= waitMs; at += gap) {
    offsets.push(at);
    gap = Math.min(MAX_READ_GAP_MS, Math.round(gap * GAP_GROWTH));
  }
  const last = offsets.at(-1) ?? 0;
  if (waitMs - last >= MIN_READ_GAP_MS) offsets.push(waitMs);
  return offsets;
};
