import { type ListedObjects, listObjects } from './agent-file-objects';

/**
 * Reading a file listing from S3 a page at a time: from where the previous page ended, in S3's key
 * order, only as many keys as the page needs (one S3 call for any page of up to a thousand entries).
 * S3 keeps no counts, so nothing here can know a listing's total without walking it; the caller
 * reports one only when the read reached the end from the first entry.
 */

export interface AgentFileEntry {
  /** Relative to the agent's files; a folder's ends in `/`. */
  path: string;
  type: 'file' | 'folder';
  size: number | null;
  modified_at: string | null;
}

/** S3 orders keys by their UTF-8 bytes, which is not JavaScript's UTF-16 order for every character. */
export const byKeyOrder = (a: string, b: string): number => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

export const byPathOrder = (a: AgentFileEntry, b: AgentFileEntry): number => byKeyOrder(a.path, b.path);

/** Objects whose key ends in `/` are folder markers other S3 tools create, not files. */
const entriesOf = (listed: ListedObjects, base: string, shownAs: string): AgentFileEntry[] => [
  ...listed.objects
    .filter((o) => !o.key.endsWith('/'))
    .map((o) => ({
      path: `${shownAs}${o.key.slice(base.length)}`,
      type: 'file' as const,
      size: o.size,
      modified_at: o.modified.toISOString(),
    })),
  ...listed.folders.map((f) => ({ path: `${shownAs}${f.slice(base.length)}`, type: 'folder' as const, size: null, modified_at: null })),
];

export interface ListingRead {
  /** The keys listed: everything under it (`recursive`), or one level with deeper keys rolled up into folders. */
  prefix: string;
  recursive: boolean;
  /** The key prefix an entry's path is relative to, and where the caller sees it. */
  base: string;
  shownAs: string;
  /** The shown path the read starts after (the last entry of the previous page). */
  after?: string;
  /** How many entries the read needs; it may return more. */
  wanted: number;
  keysPerCall?: number;
}

/**
 * The first `wanted` entries after `after`, by path, and whether S3 has nothing more. Each call
 * resumes at the previous call's last key, so a folder can come back from more than one call (S3
 * rolls keys up into it again); it is listed once.
 */
export const readListing = async (read: ListingRead): Promise<{ entries: AgentFileEntry[]; exhausted: boolean }> => {
  const { after, base, shownAs } = read;
  const found = new Map<string, AgentFileEntry>();
  let marker = after === undefined ? undefined : `${base}${after.slice(shownAs.length)}`;
  let exhausted = false;
  while (found.size < read.wanted && !exhausted) {
    // One key beyond what is missing: the folder the previous page ended on can come back first.
    const keys = Math.min(read.keysPerCall ?? 1000, read.wanted - found.size + 1);
    const listed = await listObjects(read.prefix, read.recursive, keys, marker);
    for (const entry of entriesOf(listed, base, shownAs)) {
      if (after === undefined || byKeyOrder(entry.path, after) > 0) found.set(entry.path, entry);
    }
    // A marker that does not move would list the same keys forever.
    exhausted = listed.nextMarker === undefined || listed.nextMarker === marker;
    marker = listed.nextMarker;
  }
  return { entries: [...found.values()].sort(byPathOrder), exhausted };
};
