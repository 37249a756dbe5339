import { applyCredentialChange, EMPTY_CREDENTIALS, fingerprintOf } from '../../../../lambdas/domain/secrets/credentials';

describe('credential changes', () => {
  const t0 = '2026-01-01T00:00:00.000Z';
  const t1 = '2026-01-02T00:00:00.000Z';
  const start = applyCredentialChange(EMPTY_CREDENTIALS, { kind: 'merge', values: { B: 'b', A: 'a' } }, t0);

  it('list entries by name with the first 8 hex digits of the SHA-256 as fingerprint', () => {
    expect(start.entries).toEqual([
      { name: 'A', updated_at: t0, fingerprint: fingerprintOf('a') },
      { name: 'B', updated_at: t0, fingerprint: fingerprintOf('b') },
    ]);
    expect(fingerprintOf('a')).toBe('ca978112');
  });

  it('merge keeps untouched names and their times; re-sending the same value keeps its time', () => {
    const next = applyCredentialChange(start, { kind: 'merge', values: { B: 'b', C: 'c' } }, t1);
    expect(next.entries.map((e) => [e.name, e.updated_at])).toEqual([['A', t0], ['B', t0], ['C', t1]]);
  });

  it('replace keeps only what it names; remove drops one name', () => {
    expect(applyCredentialChange(start, { kind: 'replace', values: { C: 'c' } }, t1).values).toEqual({ C: 'c' });
    expect(applyCredentialChange(start, { kind: 'remove', name: 'A' }, t1).values).toEqual({ B: 'b' });
  });
});
