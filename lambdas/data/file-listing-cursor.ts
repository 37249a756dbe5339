import { InvalidInput } from '../domain/errors';
import { openCursor, sealCursor } from './cursor';

/**
 * Cursors of a file listing: the path of the last entry handed out, signed for the listing it belongs
 * to (agent, prefix, recursive or not). A cursor from another listing, or a tampered one, answers
 * 400; the path only says where to resume, and S3 is always asked with the caller's own prefix,
 * so no cursor can reach another agent's files.
 */

export interface ListingScope {
  agentId: string;
  prefix: string;
  recursive: boolean;
}

/** The longest cursor a listing hands out: a path of at most 1,024 bytes, base64url, and the signature. */
export const MAX_CURSOR_LENGTH = 4096;
const MAX_PATH_CHARS = 1024;

const bindingOf = (s: ListingScope): string => JSON.stringify(['files', s.agentId, s.recursive, s.prefix]);

export const encodeListingCursor = async (scope: ListingScope, after: string | undefined): Promise<string | null> =>
  after === undefined ? null : sealCursor(bindingOf(scope), after);

/** The path the next page starts after. */
export const decodeListingCursor = async (cursor: string, scope: ListingScope): Promise<string> => {
  const after = await openCursor(bindingOf(scope), cursor);
  if (typeof after !== 'string' || after.length === 0 || after.length > MAX_PATH_CHARS) {
    throw new InvalidInput('cursor is not valid for this listing; start again without it', [{ field: 'cursor', issue: 'invalid' }]);
  }
  return after;
};
