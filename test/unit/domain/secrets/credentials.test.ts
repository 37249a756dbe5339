import { applyCredentialChange, EMPTY_CREDENTIALS, fingerprintOf } from '../../../../lambdas/domain/secrets/credentials';

describe('credential changes', () => {
  const t0 = '2026-01-01T00:00:00.000Z';
  const t1 = '2026-01-02T00:00:00.000Z';
  const start = applyCredentialChange(EMPTY_CREDENTIALS, { kind: 'merge', values: { B: 'b', A: 'a' } }, t0, 'agent_a');

  it('list entries by name with an 8-hex-digit fingerprint', () => {
    expect(start.entries).toEqual([
      { name: 'A', updated_at: t0, fingerprint: fingerprintOf('a', 'agent_a') },
      { name: 'B', updated_at: t0, fingerprint: fingerprintOf('b', 'agent_a') },
    ]);
    expect(fingerprintOf('a', 'agent_a')).toMatch(/^[0-9a-f]{8}$/);
  });

  it('salt fingerprints per agent, so a fingerprint cannot be looked up in a table of hashes of common secrets', () => {
    const sha256OfA = 'ca978112';
    expect(fingerprintOf('a', 'agent_a')).not.toBe(sha256OfA);
    expect(fingerprintOf('a', 'agent_a')).not.toBe(fingerprintOf('a', 'agent_b'));
    expect(fingerprintOf('a', 'agent_a')).toBe(fingerprintOf('a', 'agent_a'));
  });

  it('merge keeps untouched names and their times; re-sending the same value keeps its time', () => {
    const next = applyCredentialChange(start, { kind: 'merge', values: { B: 'b', C: 'c' } }, t1, 'agent_a');
    expect(next.entries.map((e) => [e.name, e.updated_at])).toEqual([
      ['A', t0],
      ['B', t0],
      ['C', t1],
    ]);
  });

  it('replace keeps only what it names; remove drops one name', () => {
    expect(applyCredentialChange(start, { kind: 'replace', values: { C: 'c' } }, t1, 'agent_a').values).toEqual({ C: 'c' });
    expect(applyCredentialChange(start, { kind: 'remove', name: 'A' }, t1, 'agent_a').values).toEqual({ B: 'b' });
  });
});
