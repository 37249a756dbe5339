import { assertMayWriteFiles, grantableAccess } from '../../../../lambdas/domain/files/governance';
import { quotaExceeded, roomBefore, storageLimit } from '../../../../lambdas/domain/files/quota';

const MiB = 1024 * 1024;

describe('writing files of a read-only agent', () => {
  const readOnly = { slug: 'scribe', read_only_enabled: true };

  it("is refused to the agent's own executions with 403 GOVERNANCE_VIOLATION", () => {
    expect(() => assertMayWriteFiles(readOnly, 'execution')).toThrow(expect.objectContaining({ code: 'GOVERNANCE_VIOLATION' }));
  });

  it('is allowed to people with manage rights, and to executions of an agent that is not read-only', () => {
    expect(() => assertMayWriteFiles(readOnly, 'user')).not.toThrow();
    expect(() => assertMayWriteFiles({ ...readOnly, read_only_enabled: false }, 'execution')).not.toThrow();
  });

  it('turns a request for write access into read access', () => {
    expect(grantableAccess(readOnly, 'write')).toBe('read');
    expect(grantableAccess({ ...readOnly, read_only_enabled: false }, 'write')).toBe('write');
  });
});

describe('the storage quota', () => {
  it.each([
    ['free', 100 * MiB],
    ['solo', 1024 * MiB],
    ['team', 10 * 1024 * MiB],
    ['enterprise', null],
  ] as const)('of the %s tier is %p bytes', (tier, bytes) => {
    expect(storageLimit(tier)).toBe(bytes);
  });

  it('checks growth only: the counter may hold at most the limit minus the growth', () => {
    expect(roomBefore(10, 100)).toBe(90);
    expect(roomBefore(0, 100)).toBeNull();
    expect(roomBefore(-10, 100)).toBeNull();
    expect(roomBefore(10, null)).toBeNull();
  });

  it('answers 403 QUOTA_EXCEEDED with the figures', () => {
    expect(quotaExceeded({ used: 95, limit: 100, requested: 10 })).toMatchObject({
      code: 'QUOTA_EXCEEDED',
      details: [{ field: 'size', issue: 'quota_exceeded', used_bytes: 95, limit_bytes: 100, requested_bytes: 10 }],
    });
  });
});
