import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
  UpdateCommand,
  type UpdateCommandInput,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { type DomainError, NotFound, VersionConflict } from '../domain/errors';
import { batchWriteItems } from './batch';
import type { Key } from './keys';
import { keyAttributesOf, scopeQuery } from './patterns';
import { type IndexName, tableDefinition } from './table-definition';
import { ddb, tableName } from './table';

/** Generic table operations: conditions, optimistic locking, transactions, cursor pages. No business rules. */

export type Item = Record<string, unknown>;

/** Put an item that must not exist yet: true when written, false when one with its key was there (nothing is changed). */
export const putIfAbsent = async (item: Item & Key): Promise<boolean> => {
  try {
    await ddb.send(new PutCommand({ TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(PK)' }));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
};

/** `putIfAbsent` where an existing item is the caller's error; `onExists` names it (e.g. NAME_TAKEN). */
export const putNew = async (item: Item & Key, onExists: () => DomainError): Promise<void> => {
  if (!(await putIfAbsent(item))) throw onExists();
};

/**
 * An update that holds only under its `ConditionExpression`: the item as it is
 * afterwards when applied, null when the condition refused it.
 */
export const updateIfReturning = async (update: Omit<UpdateCommandInput, 'TableName' | 'ReturnValues'>): Promise<Item | null> => {
  try {
    const { Attributes } = await ddb.send(new UpdateCommand({ TableName: tableName, ...update, ReturnValues: 'ALL_NEW' }));
    return Attributes ?? {};
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return null;
    throw error;
  }
};

/** `updateIfReturning` when only whether it applied matters. */
export const updateIf = async (update: Omit<UpdateCommandInput, 'TableName' | 'ReturnValues'>): Promise<boolean> =>
  (await updateIfReturning(update)) !== null;

const versionedChange = (key: Key, expectedVersion: number, changes: Item) => {
  const names: Record<string, string> = { '#version': 'version' };
  const values: Record<string, unknown> = { ':expected': expectedVersion, ':one': 1 };
  const sets = Object.entries(changes).map(([field, value], i) => {
    names[`#f${i}`] = field;
    values[`:v${i}`] = value;
    return `#f${i} = :v${i}`;
  });
  return {
    TableName: tableName,
    Key: key,
    UpdateExpression: `SET ${[...sets, '#version = #version + :one'].join(', ')}`,
    ConditionExpression: 'attribute_exists(PK) AND #version = :expected',
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
};

const storedVersion = (current: unknown) =>
  typeof current === 'object' && current && 'N' in current ? Number(current.N) : Number(current);

/**
 * Set `changes` on an existing item whose `version` equals `expectedVersion`, bumping `version`.
 * Answers the updated item; a missing item is `notFound()`, a stale version 412 VERSION_CONFLICT.
 */
export const updateVersioned = async (
  key: Key,
  expectedVersion: number,
  changes: Item,
  notFound: () => DomainError = () => new NotFound('the resource does not exist'),
): Promise<Item> => {
  try {
    const result = await ddb.send(
      new UpdateCommand({
        ...versionedChange(key, expectedVersion, changes),
        ReturnValues: 'ALL_NEW',
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
    );
    return result.Attributes ?? {};
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) {
      if (!error.Item) throw notFound();
      throw new VersionConflict(storedVersion(error.Item.version));
    }
    throw error;
  }
};

/** `updateVersioned` as a transaction item, for a change that writes more than its item (an event). */
export const versionedUpdate = (key: Key, expectedVersion: number, changes: Item, notFound: () => DomainError): TransactItem => ({
  Update: versionedChange(key, expectedVersion, changes),
  onConditionFail: (current) => (current ? new VersionConflict(storedVersion(current.version)) : notFound()),
});

/** Deletes the item only while it is still at `expectedVersion`, so a delete never discards a change it did not see. */
export const versionedDelete = (key: Key, expectedVersion: number, notFound: () => DomainError): TransactItem => ({
  Delete: {
    TableName: tableName,
    Key: key,
    ConditionExpression: 'attribute_exists(PK) AND #version = :expected',
    ExpressionAttributeNames: { '#version': 'version' },
    ExpressionAttributeValues: { ':expected': expectedVersion },
  },
  onConditionFail: (current) => (current ? new VersionConflict(storedVersion(current.version)) : notFound()),
});

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number] & {
  /** The error to answer when this item's condition fails; it receives the item as it was, when there was one. */
  onConditionFail?: (existing: Item | undefined) => DomainError;
};

/** One all-or-nothing write; the first failed condition with a mapped error decides the answer. */
export const transact = async (items: readonly TransactItem[]): Promise<void> => {
  try {
    await ddb.send(
      new TransactWriteCommand({
        TransactItems: items.map(({ onConditionFail, ...item }) => (onConditionFail ? withOldValues(item) : item)),
      }),
    );
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      const reasons = error.CancellationReasons ?? [];
      const failed = reasons.findIndex((r, i) => r.Code === 'ConditionalCheckFailed' && items[i]?.onConditionFail);
      const mapped = failed >= 0 ? items[failed]?.onConditionFail : undefined;
      const old = reasons[failed]?.Item;
      if (mapped) throw mapped(old ? (unmarshall(old) as Item) : undefined);
    }
    throw error;
  }
};

/**
 * A transaction whose first item's condition may refuse it (a state already left, an update already
 * applied): answers false then, and nothing is written.
 */
export const transactIf = async (first: TransactItem, also: readonly TransactItem[]): Promise<boolean> => {
  try {
    await transact([first, ...also]);
    return true;
  } catch (error) {
    if (error instanceof TransactionCanceledException && error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed') return false;
    throw error;
  }
};

/** Ask DynamoDB for the item as it was when the condition failed, so the error can name what was in the way. */
const withOldValues = (item: NonNullable<TransactWriteCommandInput['TransactItems']>[number]) => {
  const [kind, operation] = Object.entries(item)[0] as [string, Record<string, unknown>];
  return kind === 'ConditionCheck' ? item : { [kind]: { ...operation, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } };
};

export interface PageQuery {
  index?: IndexName;
  partition: string;
  /** Restrict to sort keys starting with this prefix. */
  sortPrefix?: string;
  limit: number;
  /** Where the page starts: the previous page's `lastKey` (a cursor opened by `list.ts`). */
  startKey?: Record<string, unknown>;
  ascending?: boolean;
  /** Items of the key range that are not the list's; a page may then hold fewer than `limit`. */
  filter?: QueryFilter;
}

export interface QueryFilter {
  expression: string;
  /** Placeholders other than the key condition's `:pk` and `:prefix`. */
  values: Record<string, unknown>;
}

export interface Page<T> {
  items: T[];
  lastKey: Record<string, unknown> | undefined;
}

/** The key attributes a page of this query ends on, and so what its cursor holds. */
export const pageKeyAttributes = (q: Pick<PageQuery, 'index'>) => {
  const { partitionKey, sortKey } = keyAttributesOf(q.index);
  return {
    partitionAttribute: partitionKey,
    keyAttributes: q.index
      ? [tableDefinition.partitionKey, tableDefinition.sortKey, partitionKey, sortKey]
      : [tableDefinition.partitionKey, tableDefinition.sortKey],
  };
};

/** One key-condition query page: O(limit) whatever the partition holds. Never a Scan. */
export const queryPage = async <T = Item>(q: PageQuery): Promise<Page<T>> => {
  const result = await ddb.send(
    new QueryCommand(
      scopeQuery(q, {
        ...(q.filter ? { FilterExpression: q.filter.expression, ExpressionAttributeValues: q.filter.values } : {}),
        Limit: q.limit,
        ExclusiveStartKey: q.startKey,
        ScanIndexForward: q.ascending ?? true,
      }),
    ),
  );
  return { items: (result.Items ?? []) as T[], lastKey: result.LastEvaluatedKey };
};

/** A query's items page by page (one read each), following its pages to the end: a caller that has enough leaves the loop. */
export const queryPages = async function* <T = Item>(input: Omit<QueryCommandInput, 'ExclusiveStartKey'>): AsyncGenerator<T[]> {
  let start: Record<string, unknown> | undefined;
  do {
    const page = await ddb.send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
    yield (page.Items ?? []) as T[];
    start = page.LastEvaluatedKey;
  } while (start);
};

/** Every item a query matches, following its pages: for collections bounded by a rule (versions, assignments), never for lists. */
export const queryAll = async (input: Omit<QueryCommandInput, 'ExclusiveStartKey'>): Promise<Item[]> => {
  const items: Item[] = [];
  for await (const page of queryPages(input)) items.push(...page);
  return items;
};

/** Deletes every key, retrying what DynamoDB leaves unprocessed (see `batch.ts`). */
export const batchDelete = (keys: Record<string, unknown>[]): Promise<void> =>
  batchWriteItems(keys.map((Key) => ({ DeleteRequest: { Key } })));
