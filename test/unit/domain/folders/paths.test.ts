import { normaliseFolderPath, pathsOverlap } from '../../../../lambdas/domain/folders/paths';

describe('folder paths', () => {
  it.each([
    ['reports', 'reports'],
    ['reports/2026', 'reports/2026'],
    ['reports//2026/', 'reports/2026'],
    ['./reports/./q1', 'reports/q1'],
    ['données/été', 'données/été'],
    ['a..b/c..', 'a..b/c..'],
  ])('accepts %j as %j', (raw, normalised) => {
    expect(normaliseFolderPath(raw)).toEqual({ ok: true, path: normalised });
  });

  it.each([
    ['../secrets', "contains '..'"],
    ['reports/../../other', "contains '..'"],
    ['/etc/passwd', 'is absolute'],
    ['reports\\..\\..\\x', 'backslash'],
    ['nul\u0000byte', 'NUL'],
    ['line\nbreak', 'control character'],
    ['', 'names no folder'],
    ['./', 'names no folder'],
    ['a'.repeat(1025), 'longer than 1024 bytes'],
    ['é'.repeat(513), 'longer than 1024 bytes'],
  ])('refuses %j (%s)', (raw, issue) => {
    const checked = normaliseFolderPath(raw);
    expect(checked.ok).toBe(false);
    expect(checked.ok ? '' : checked.issue).toContain(issue);
  });

  it('accepts exactly 1,024 bytes', () => {
    expect(normaliseFolderPath('a'.repeat(1024)).ok).toBe(true);
  });

  it.each([
    ['a', 'a', true],
    ['a', 'a/b', true],
    ['a/b', 'a', true],
    ['a', 'ab', false],
    ['a/b', 'a/c', false],
  ] as const)('%j and %j overlap: %s', (a, b, overlap) => {
    expect(pathsOverlap(a, b)).toBe(overlap);
  });
});
