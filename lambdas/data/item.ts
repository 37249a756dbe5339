import { tableDefinition } from './table-definition';

/** Key attributes are storage detail: a record read from the table is handed on without them. */
const KEY_ATTRIBUTES = new Set<string>([
  tableDefinition.partitionKey,
  tableDefinition.sortKey,
  ...tableDefinition.globalIndexes.flatMap((i) => [i.partitionKey, i.sortKey]),
]);

export const withoutKeys = <T>(item: Record<string, unknown>): T =>
  Object.fromEntries(Object.entries(item).filter(([name]) => !KEY_ATTRIBUTES.has(name))) as T;

/** The key attributes of an item, as a cursor needs them. */
export const keysOf = (item: Record<string, unknown>, attributes: readonly string[]): Record<string, string> =>
  Object.fromEntries(attributes.map((a) => [a, String(item[a])]));

/**
 * How to read one item and hand it on: its key and what a stored record becomes. Lets a caller read
 * it beside another item in one BatchGetItem (`getWorkspaceWith`) without knowing how it is stored.
 */
export interface ItemRead<T> {
  key: Readonly<{ PK: string; SK: string }>;
  parse: (item: Record<string, unknown>) => T;
}

/** An item handed on as it is stored, less its keys: the usual `ItemRead`. */
export const storedItem = <T>(key: ItemRead<T>['key']): ItemRead<T> => ({ key, parse: (item) => withoutKeys<T>(item) });
