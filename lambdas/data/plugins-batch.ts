import { batchGetItems } from './batch';
import type { Key } from './keys';

/**
 * Items by key in as few reads as BatchGetItem allows (100 keys each), duplicates asked once.
 * Absent items are simply not in the answer; order is not kept.
 */
export const batchGet = async (keys: readonly Key[], options: { consistent?: boolean } = {}): Promise<Record<string, unknown>[]> => {
  const unique = [...new Map(keys.map((k) => [`${k.PK}\u0000${k.SK}`, k])).values()];
  return batchGetItems(
    unique.map((k) => ({ PK: k.PK, SK: k.SK })),
    options.consistent,
  );
};
