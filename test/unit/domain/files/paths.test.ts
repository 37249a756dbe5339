import { checkPath, MAX_PATH_BYTES, normaliseFilePath, normalisePrefix } from '../../../../lambdas/domain/files/paths';

describe('a file path', () => {
  it.each([
    ['report.txt', 'report.txt'],
    ['docs/2026/notes.md', 'docs/2026/notes.md'],
    ['./docs//notes.md', 'docs/notes.md'],
    ['docs/./notes.md', 'docs/notes.md'],
    ['a..b/..c', 'a..b/..c'],
    ['Cafe\u0301.txt', 'Café.txt'],
  ])('%j is stored as %j', (raw, normalised) => {
    expect(normaliseFilePath(raw)).toBe(normalised);
  });

  it.each([
    ['climbing out with ..', '../secrets.txt', '..'],
    ['climbing out from inside a folder', 'docs/../../other-agent/file', '..'],
    ['an absolute path', '/etc/passwd', 'leading /'],
    ['a Windows drive', 'C:/Windows/win.ini', 'drive'],
    ['a backslash', 'docs\\notes.md', 'backslash'],
    ['NUL', 'notes.md\u0000.png', 'NUL'],
    ['a newline', 'notes\n.md', 'control'],
    ['an escape character', 'notes\u001b[31m.md', 'control'],
    ['DEL', 'notes\u007f.md', 'control'],
    ['nothing', '', 'must name a file'],
    ['only dots and slashes', './/.', 'must name a file'],
    ['a folder', 'docs/', 'must name a file'],
    ['a name over 255 bytes', `${'n'.repeat(256)}.txt`, '255 bytes'],
    ['a path over the limit', `${'folder/'.repeat(140)}file`, 'at most'],
    ['anything over 1,024 bytes', `${'./'.repeat(600)}a`, 'at most'],
  ])('refuses %s with 400 INVALID_INPUT naming the field', (_, raw, issue) => {
    expect(() => normaliseFilePath(raw, 'query.path')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    try {
      normaliseFilePath(raw, 'query.path');
    } catch (error) {
      expect((error as { details: { field: string; issue: string }[] }).details).toEqual([
        { field: 'query.path', issue: expect.stringContaining(issue) },
      ]);
    }
  });

  it('counts bytes, not characters: multi-byte names reach the limit sooner', () => {
    const fits = `${'é/'.repeat(Math.floor((MAX_PATH_BYTES - 1) / 3))}x`;
    expect(Buffer.byteLength(fits)).toBeLessThanOrEqual(MAX_PATH_BYTES);
    expect(checkPath(fits, 'file')).toEqual({ path: fits });
    expect(checkPath(`${'é'.repeat(MAX_PATH_BYTES / 2)}`, 'file')).toEqual({ issue: expect.stringContaining('255 bytes') });
  });

  it('leaves the whole S3 key within 1,024 bytes for the longest path', () => {
    const prefix = 'ws/ws_01JABCDEFGHJKMNPQRSTVWXYZ0/agents/agent_01JABCDEFGHJKMNPQRSTVWXYZ0/files/';
    const longest = `${'d'.repeat(200)}/${'e'.repeat(200)}/${'f'.repeat(200)}/${'g'.repeat(200)}/${'h'.repeat(MAX_PATH_BYTES - 804)}`;
    expect(normaliseFilePath(longest)).toHaveLength(MAX_PATH_BYTES);
    expect(Buffer.byteLength(prefix + longest)).toBe(1024);
  });
});

describe('a listing prefix', () => {
  it.each([
    ['', ''],
    ['docs/', 'docs/'],
    ['docs', 'docs'],
    ['./docs//2026/', 'docs/2026/'],
    ['rep', 'rep'],
  ])('%j lists %j', (raw, normalised) => {
    expect(normalisePrefix(raw)).toBe(normalised);
  });

  it.each([['../'], ['/docs'], ['docs/../..'], ['a\\b']])('refuses %j', (raw) => {
    expect(() => normalisePrefix(raw)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
