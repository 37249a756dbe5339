import { createHmac, timingSafeEqual } from 'node:crypto';
import { InvalidInput } from '../domain/errors';
import { cursorKey } from './cursor-key';

/**
 * Opaque cursors: `<base64url JSON>.<HMAC-SHA256>`, signed with the deployment's cursor key over the
 * list they were made for (its partition, which names the workspace, and its query) and their content.
 * A forged or altered cursor, or one from another workspace or another list, answers 400 before
 * anything is read. Key cursors are also checked for shape: exactly the index's key attributes, all
 * strings of bounded length, and the query's own partition value.
 */

export interface CursorShape {
  /** Attribute holding the partition value the query reads (`PK`, `GSI1PK`, …). */
  partitionAttribute: string;
  partition: string;
  /** Every attribute DynamoDB puts in a LastEvaluatedKey for this index. */
  keyAttributes: readonly string[];
  /** What else tells this list from another on the same partition (a sort-key prefix, a list name). */
  list?: string;
}

/** DynamoDB refuses an empty key value and a sort key over 1,024 bytes; every key here is ASCII. */
const MAX_KEY_VALUE_LENGTH = 1024;

const invalidCursor = () =>
  new InvalidInput('cursor is not valid for this query; start again without it', [{ field: 'cursor', issue: 'invalid' }]);

const mac = (key: Buffer, binding: string, payload: string): Buffer =>
  createHmac('sha256', key).update(binding).update('\n').update(payload).digest();

/** A cursor carrying `content`, valid only where `binding` is the same. */
export const sealCursor = async (binding: string, content: unknown): Promise<string> => {
  const payload = Buffer.from(JSON.stringify(content), 'utf8').toString('base64url');
  return `${payload}.${mac(await cursorKey(), binding, payload).toString('base64url')}`;
};

/** The content of a cursor sealed for `binding`; anything else answers 400 INVALID_INPUT naming `cursor`. */
export const openCursor = async (binding: string, cursor: string): Promise<unknown> => {
  const [payload, signature, ...rest] = cursor.split('.');
  if (!payload || !signature || rest.length > 0) throw invalidCursor();
  const expected = mac(await cursorKey(), binding, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalidCursor();
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
};

const bindingOf = (shape: CursorShape): string => JSON.stringify(['keys', shape.partitionAttribute, shape.partition, shape.list ?? '']);

export const encodeCursor = async (lastKey: Record<string, unknown> | undefined, shape: CursorShape): Promise<string | null> =>
  lastKey ? sealCursor(bindingOf(shape), lastKey) : null;

export const decodeCursor = async (cursor: string, shape: CursorShape): Promise<Record<string, string>> => {
  const parsed = await openCursor(bindingOf(shape), cursor);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalidCursor();
  const entries = Object.entries(parsed);
  const wellFormed =
    entries.length === shape.keyAttributes.length &&
    entries.every(
      ([name, value]) =>
        shape.keyAttributes.includes(name) && typeof value === 'string' && value.length > 0 && value.length <= MAX_KEY_VALUE_LENGTH,
    );
  if (!wellFormed || (parsed as Record<string, string>)[shape.partitionAttribute] !== shape.partition) throw invalidCursor();
  return parsed as Record<string, string>;
};

/** A position in a list paged in memory, bound to the list (`list` names it and its owner) and its sort. */
export const offsetCursor = (list: string, offset: number, sort: string): Promise<string> =>
  sealCursor(JSON.stringify(['offset', list, sort]), offset);

export const readOffsetCursor = async (list: string, cursor: string, sort: string): Promise<number> => {
  const offset = await openCursor(JSON.stringify(['offset', list, sort]), cursor);
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0) throw invalidCursor();
  return offset;
};
