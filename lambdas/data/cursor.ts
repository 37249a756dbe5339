import { InvalidInput } from '../shared/errors';

/**
 * Opaque cursors: base64url JSON of DynamoDB's last evaluated key. A cursor is accepted only
 * for the query that produced it: exactly that index's key attributes, all strings, and the
 * query's own partition value. A tampered or foreign cursor answers 400 and can never reach
 * another tenant's partition.
 */

export interface CursorShape {
  /** Attribute holding the partition value the query reads (`PK`, `GSI1PK`, …). */
  partitionAttribute: string;
  partition: string;
  /** Every attribute DynamoDB puts in a LastEvaluatedKey for this index. */
  keyAttributes: readonly string[];
}

/** DynamoDB refuses an empty key value and a sort key over 1,024 bytes; every key here is ASCII. */
const MAX_KEY_VALUE_LENGTH = 1024;

const invalidCursor = () =>
  new InvalidInput('cursor is not valid for this query; start again without it', [{ field: 'cursor', issue: 'invalid' }]);

export const encodeCursor = (lastKey: Record<string, unknown> | undefined): string | null =>
  lastKey ? Buffer.from(JSON.stringify(lastKey), 'utf8').toString('base64url') : null;

export const decodeCursor = (cursor: string, shape: CursorShape): Record<string, string> => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalidCursor();
  const entries = Object.entries(parsed);
  const wellFormed =
    entries.length === shape.keyAttributes.length &&
    entries.every(([name, value]) => shape.keyAttributes.includes(name) && typeof value === 'string' && value.length > 0 && value.length <= MAX_KEY_VALUE_LENGTH);
  if (!wellFormed || (parsed as Record<string, string>)[shape.partitionAttribute] !== shape.partition) throw invalidCursor();
  return parsed as Record<string, string>;
};
