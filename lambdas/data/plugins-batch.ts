import { BatchGetCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { Key } from './keys';
import { ddb, tableName } from './table';

/**
 * Items by key in as few reads as BatchGetItem allows (100 keys each), duplicates asked once.
 * Absent items are simply not in the answer; order is not kept.
 */
export const batchGet = async (keys: readonly Key[], options: { consistent?: boolean } = {}): Promise<Record<string, unknown>[]> => {
  const unique = [...new Map(keys.map((k) => [`${k.PK}\u0000${k.SK}`, k])).values()];
  const items: Record<string, unknown>[] = [];
  for (let i = 0; i < unique.length; i += 100) {
    let pending: Record<string, unknown>[] | undefined = unique.slice(i, i + 100).map((k) => ({ PK: k.PK, SK: k.SK }));
    // BatchGet may hand back unprocessed keys under load: ask again rather than drop items.
    while (pending && pending.length > 0) {
      const result: BatchGetCommandOutput = await ddb.send(
        new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending, ConsistentRead: options.consistent } } }),
      );
      items.push(...(result.Responses?.[tableName] ?? []));
      pending = result.UnprocessedKeys?.[tableName]?.Keys;
    }
  }
  return items;
};
