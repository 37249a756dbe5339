import type { BatchGetCommandInput, BatchWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { backoffDelay, type BatchClient, batchGetItems, batchWriteItems, MAX_ATTEMPTS } from '../../../lambdas/data/batch';

const table = process.env.TABLE_NAME as string;
const noWait = async () => undefined;
const keys = (n: number) => Array.from({ length: n }, (_, i) => ({ PK: `P#${i}`, SK: 'S' }));

/** A table that answers only the first key of the first call of every batch, leaving the rest unprocessed once. */
const partialClient = () => {
  const written: unknown[] = [];
  const seen = new Set<string>();
  let calls = 0;
  const client: BatchClient = {
    get: async (input: BatchGetCommandInput) => {
      calls++;
      const asked = input.RequestItems?.[table]?.Keys ?? [];
      const fresh = !asked.some((k) => seen.has(String(k.PK)));
      asked.forEach((k) => seen.add(String(k.PK)));
      const rest = asked.slice(1);
      return fresh && rest.length > 0
        ? { $metadata: {}, Responses: { [table]: asked.slice(0, 1) }, UnprocessedKeys: { [table]: { Keys: rest } } }
        : { $metadata: {}, Responses: { [table]: asked } };
    },
    write: async (input: BatchWriteCommandInput) => {
      calls++;
      const asked = input.RequestItems?.[table] ?? [];
      const fresh = !asked.some((r) => seen.has(String(r.DeleteRequest?.Key?.PK)));
      asked.forEach((r) => seen.add(String(r.DeleteRequest?.Key?.PK)));
      const [first, ...rest] = asked;
      if (fresh && rest.length > 0) {
        written.push(first);
        return { $metadata: {}, UnprocessedItems: { [table]: rest } };
      }
      written.push(...asked);
      return { $metadata: {} };
    },
  };
  return { client, written, calls: () => calls };
};

describe('batch reads and writes', () => {
  it('reads every key when the table leaves some unprocessed on the first answer', async () => {
    const fake = partialClient();
    const items = await batchGetItems(keys(150), false, { client: fake.client, sleep: noWait });
    expect(items.map((i) => i.PK).sort()).toEqual(
      keys(150)
        .map((k) => k.PK)
        .sort(),
    );
    expect(fake.calls()).toBe(4);
  });

  it('asks for each key once, as BatchGetItem requires, however often the list names it', async () => {
    const asked: unknown[] = [];
    const client: BatchClient = {
      get: async (input: BatchGetCommandInput) => {
        asked.push(...(input.RequestItems?.[table]?.Keys ?? []));
        return { $metadata: {}, Responses: { [table]: [] } };
      },
      write: async () => ({ $metadata: {} }),
    };
    await batchGetItems([...keys(3), ...keys(2), { PK: 'P#0', SK: 'other' }], false, { client, sleep: noWait });
    expect(asked).toEqual([...keys(3), { PK: 'P#0', SK: 'other' }]);
  });

  it('writes every request when the table leaves some unprocessed on the first answer', async () => {
    const fake = partialClient();
    const requests = keys(30).map((Key) => ({ DeleteRequest: { Key } }));
    await batchWriteItems(requests, { client: fake.client, sleep: noWait });
    expect(fake.written).toHaveLength(30);
    expect(new Set(fake.written)).toEqual(new Set(requests));
  });

  it('waits a growing, jittered delay between attempts', async () => {
    const delays: number[] = [];
    let answered = 0;
    const client: BatchClient = {
      get: async (input) => {
        const asked = input.RequestItems?.[table]?.Keys ?? [];
        const rest = asked.slice(1);
        answered++;
        return {
          $metadata: {},
          Responses: { [table]: asked.slice(0, 1) },
          UnprocessedKeys: rest.length ? { [table]: { Keys: rest } } : undefined,
        };
      },
      write: async () => ({ $metadata: {} }),
    };
    await batchGetItems(keys(3), false, { client, sleep: async (ms) => void delays.push(ms) });
    expect(answered).toBe(3);
    expect(delays).toHaveLength(2);
    expect(backoffDelay(3, () => 0.999)).toBeGreaterThan(backoffDelay(1, () => 0.999));
    expect(backoffDelay(3, () => 0)).toBe(0);
  });

  it('gives up with 503 after a bounded number of attempts when keys stay unprocessed', async () => {
    let calls = 0;
    const client: BatchClient = {
      get: async (input) => {
        calls++;
        return { $metadata: {}, UnprocessedKeys: { [table]: { Keys: input.RequestItems?.[table]?.Keys } } };
      },
      write: async () => ({ $metadata: {} }),
    };
    await expect(batchGetItems(keys(2), false, { client, sleep: noWait })).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
    });
    expect(calls).toBe(MAX_ATTEMPTS);
  });
});
