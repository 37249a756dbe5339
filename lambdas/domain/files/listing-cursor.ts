import { createHash } from 'node:crypto';
import { InvalidInput } from '../../shared/errors';

/**
 * Cursors of a file listing: the path of the last entry handed out, with the listing it belongs
 * to (agent, prefix, recursive or not). A cursor from another listing, or a tampered one, answers
 * 400; the path only says where to resume, and S3 is always asked with the caller's own prefix,
 * so no cursor can reach another agent's files.
 */

export interface ListingScope {
  agentId: string;
  prefix: string;
  recursive: boolean;
}

/** A digest, so that a long prefix does not make the cursor long. */
const scopeOf = (s: ListingScope): string =>
  createHash('sha256').update(`${s.agentId}|${s.recursive ? 'all' : 'level'}|${s.prefix}`).digest('base64url').slice(0, 22);

/** The longest cursor a listing hands out: a path of at most 1,024 bytes, base64url, and the scope. */
export const MAX_CURSOR_LENGTH = 4096;
const MAX_PATH_CHARS = 1024;

const invalid = () => new InvalidInput('cursor is not valid for this listing; start again without it', [{ field: 'cursor', issue: 'invalid' }]);

export const encodeListingCursor = (scope: ListingScope, after: string | undefined): string | null =>
  after === undefined ? null : Buffer.from(JSON.stringify({ s: scopeOf(scope), a: after }), 'utf8').toString('base64url');

/** The path the next page starts after. */
export const decodeListingCursor = (cursor: string, scope: ListingScope): string => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalid();
  const { s, a, ...rest } = parsed as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || s !== scopeOf(scope) || typeof a !== 'string' || a.length === 0 || a.length > MAX_PATH_CHARS) throw invalid();
  return a;
};
