import { randomBytes } from 'node:crypto';
import { decodeCursor, encodeCursor, offsetCursor, readOffsetCursor } from '../../../lambdas/data/cursor';
import { decodeListingCursor, encodeListingCursor } from '../../../lambdas/data/file-listing-cursor';

// The local derivation of the cursor key; read when the first cursor is signed.
process.env.LOCAL_CREDENTIALS_KEY = randomBytes(32).toString('base64');

const shape = {
  partitionAttribute: 'GSI1PK',
  partition: 'WS#ws_1#AGENTS',
  keyAttributes: ['PK', 'SK', 'GSI1PK', 'GSI1SK'],
  list: 'agents:name:asc',
};
const lastKey = { PK: 'WS#ws_1', SK: 'AGENT#a', GSI1PK: 'WS#ws_1#AGENTS', GSI1SK: 'NAME#a' };
const refused = expect.objectContaining({ code: 'INVALID_INPUT', details: [{ field: 'cursor', issue: 'invalid' }] });

/** What an attacker can make without the key: the old unsigned format, or a signed cursor with its content swapped. */
const unsigned = (content: unknown) => Buffer.from(JSON.stringify(content)).toString('base64url');
const withContent = (cursor: string, content: unknown) => `${unsigned(content)}.${cursor.split('.')[1]}`;

describe('cursors', () => {
  it('round-trip the last evaluated key of the query that produced them', async () => {
    expect(await decodeCursor((await encodeCursor(lastKey, shape)) as string, shape)).toEqual(lastKey);
  });

  it('are absent when there is no next page', async () => {
    expect(await encodeCursor(undefined, shape)).toBeNull();
  });

  it('are refused with 400 when their content was altered, even to a key of the same list', async () => {
    const cursor = (await encodeCursor(lastKey, shape)) as string;
    await expect(decodeCursor(withContent(cursor, { ...lastKey, GSI1SK: 'NAME#z' }), shape)).rejects.toEqual(refused);
  });

  it('are refused with 400 when their signature was altered or removed', async () => {
    const cursor = (await encodeCursor(lastKey, shape)) as string;
    const [payload, signature] = cursor.split('.') as [string, string];
    const flipped = `${payload}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    for (const forged of [flipped, payload, `${cursor}.x`, unsigned(lastKey)])
      await expect(decodeCursor(forged, shape)).rejects.toEqual(refused);
  });

  it.each([
    ['another workspace', { ...shape, partition: 'WS#ws_2#AGENTS' }],
    ['another list on the same partition', { ...shape, list: 'agents:created_at:desc' }],
    ['another index', { ...shape, partitionAttribute: 'GSI2PK' }],
  ])('made for %s are refused with 400', async (_, other) => {
    const cursor = (await encodeCursor(lastKey, shape)) as string;
    await expect(decodeCursor(cursor, other)).rejects.toEqual(refused);
  });

  it.each([
    ['not base64 JSON', '%%%'],
    ['empty', ''],
    ['a lone dot', '.'],
  ])('are refused with 400 when they are %s', async (_, cursor) => {
    await expect(decodeCursor(cursor, shape)).rejects.toEqual(refused);
  });
});

describe('offset cursors of lists paged in memory', () => {
  it('carry their offset back to the same list and sort', async () => {
    expect(
      await readOffsetCursor('folder-consumers:agent_A', await offsetCursor('folder-consumers:agent_A', 40, 'folder:asc'), 'folder:asc'),
    ).toBe(40);
  });

  it('are refused with 400 for another list, another sort, or an offset written by hand', async () => {
    const cursor = await offsetCursor('folder-consumers:agent_A', 40, 'folder:asc');
    await expect(readOffsetCursor('folder-consumers:agent_B', cursor, 'folder:asc')).rejects.toEqual(refused);
    await expect(readOffsetCursor('folder-consumers:agent_A', cursor, 'folder:desc')).rejects.toEqual(refused);
    await expect(readOffsetCursor('folder-consumers:agent_A', withContent(cursor, 1_000_000), 'folder:asc')).rejects.toEqual(refused);
  });
});

describe('a file listing cursor', () => {
  const scope = { agentId: 'agent_A', prefix: 'docs/', recursive: false };

  it('carries the last path handed out back to the same listing', async () => {
    expect(await decodeListingCursor((await encodeListingCursor(scope, 'docs/b.md')) as string, scope)).toBe('docs/b.md');
  });

  it('is null at the end of the listing', async () => {
    expect(await encodeListingCursor(scope, undefined)).toBeNull();
  });

  it.each([
    ['another agent', { ...scope, agentId: 'agent_B' }],
    ['another prefix', { ...scope, prefix: 'other/' }],
    ['a recursive listing', { ...scope, recursive: true }],
  ])("is refused with 400 for %s's listing", async (_, other) => {
    const cursor = (await encodeListingCursor(scope, 'docs/b.md')) as string;
    await expect(decodeListingCursor(cursor, other)).rejects.toEqual(refused);
  });

  it('is refused with 400 when its path was rewritten', async () => {
    const cursor = (await encodeListingCursor(scope, 'docs/b.md')) as string;
    await expect(decodeListingCursor(withContent(cursor, 'docs/z.md'), scope)).rejects.toEqual(refused);
  });
});
