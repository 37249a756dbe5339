import {
  BatchGetCommand,
  type BatchGetCommandInput,
  type BatchGetCommandOutput,
  BatchWriteCommand,
  type BatchWriteCommandInput,
  type BatchWriteCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import { ServiceUnavailable } from '../domain/errors';
import type { ItemRead } from './item';
import { ddb, tableName } from './table';

/**
 * The one way to batch-read and batch-write the table. DynamoDB may answer part of a batch and hand
 * back the rest as unprocessed (throttling, size limits): that rest is sent again after an
 * exponential backoff with full jitter, up to `MAX_ATTEMPTS` sends per chunk, then 503.
 */

type Key = Record<string, unknown>;
/** A table item's key (keys.ts builds them). */
type ItemKey = Readonly<{ PK: string; SK: string }>;
type WriteRequest = NonNullable<BatchWriteCommandInput['RequestItems']>[string][number];

export interface BatchClient {
  get(input: BatchGetCommandInput): Promise<BatchGetCommandOutput>;
  write(input: BatchWriteCommandInput): Promise<BatchWriteCommandOutput>;
}

export interface BatchOptions {
  client?: BatchClient;
  /** Waits between attempts; tests pass one that does not wait. */
  sleep?: (ms: number) => Promise<void>;
  /** Reads only these attributes (plus the keys), e.g. a few counters of a large counter item. */
  attributes?: readonly string[];
}

const GET_LIMIT = 100;
const WRITE_LIMIT = 25;
export const MAX_ATTEMPTS = 8;
const BASE_DELAY_MS = 50;
const MAX_DELAY_MS = 2000;

const tableClient: BatchClient = {
  get: (input) => ddb.send(new BatchGetCommand(input)),
  write: (input) => ddb.send(new BatchWriteCommand(input)),
};

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Full jitter: a random delay up to the exponential ceiling of this attempt. */
export const backoffDelay = (attempt: number, random: () => number = Math.random): number =>
  Math.floor(random() * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt));

const chunks = <T>(all: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(all.length / size) }, (_, i) => all.slice(i * size, (i + 1) * size));

/** Sends `first`, then whatever each answer leaves unprocessed, until nothing is left or attempts run out. */
const untilProcessed = async <T>(first: T[], send: (pending: T[]) => Promise<T[]>, sleep: (ms: number) => Promise<void>): Promise<void> => {
  let pending = first;
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt >= MAX_ATTEMPTS)
      throw new ServiceUnavailable(`the table left ${pending.length} items unprocessed after ${MAX_ATTEMPTS} attempts; retry later`, 1);
    if (attempt > 0) await sleep(backoffDelay(attempt));
    pending = await send(pending);
  }
};

/**
 * Items by key, 100 keys per call, each key asked once (BatchGetItem refuses a request naming one
 * twice); absent items are not in the answer and order is not kept.
 */
export const batchGetItems = async (
  keys: readonly ItemKey[],
  consistent = false,
  options: BatchOptions = {},
): Promise<Record<string, unknown>[]> => {
  const client = options.client ?? tableClient;
  const items: Record<string, unknown>[] = [];
  const names = [...(options.attributes ?? []), 'PK', 'SK'];
  const projection = options.attributes
    ? {
        ProjectionExpression: names.map((_, i) => `#a${i}`).join(', '),
        ExpressionAttributeNames: Object.fromEntries(names.map((n, i) => [`#a${i}`, n])),
      }
    : {};
  const unique: Key[] = [...new Map(keys.map((k) => [`${k.PK}\u0000${k.SK}`, { PK: k.PK, SK: k.SK }])).values()];
  for (const chunk of chunks(unique, GET_LIMIT)) {
    await untilProcessed(
      chunk,
      async (pending) => {
        const result = await client.get({ RequestItems: { [tableName]: { Keys: pending, ConsistentRead: consistent, ...projection } } });
        items.push(...(result.Responses?.[tableName] ?? []));
        return result.UnprocessedKeys?.[tableName]?.Keys ?? [];
      },
      options.sleep ?? wait,
    );
  }
  return items;
};

/** Two items in one BatchGetItem, each as its reader hands it on; null when absent. */
export const getPair = async <A, B>(first: ItemRead<A>, second: ItemRead<B>, consistent = false): Promise<[A | null, B | null]> => {
  const items = await batchGetItems([first.key, second.key], consistent);
  const parsed = <T>(read: ItemRead<T>): T | null => {
    const item = items.find((i) => i.PK === read.key.PK && i.SK === read.key.SK);
    return item ? read.parse(item) : null;
  };
  return [parsed(first), parsed(second)];
};

/** Puts and deletes, 25 per call. */
export const batchWriteItems = async (requests: readonly WriteRequest[], options: BatchOptions = {}): Promise<void> => {
  const client = options.client ?? tableClient;
  for (const chunk of chunks(requests, WRITE_LIMIT)) {
    await untilProcessed(
      chunk,
      async (pending) => (await client.write({ RequestItems: { [tableName]: pending } })).UnprocessedItems?.[tableName] ?? [],
      options.sleep ?? wait,
    );
  }
};
