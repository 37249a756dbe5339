import { fittedSessionPolicy, partitionOf, SESSION_POLICY_MAX_CHARS, sessionPolicy } from '../../../../lambdas/domain/files/session-policy';

const prefix = 'ws/ws_01JABCDEFGHJKMNPQRSTVWXYZ0/agents/agent_01JABCDEFGHJKMNPQRSTVWXYZ1/files/';
const scope = { partition: 'aws', bucket: 'files-bucket', prefix };

describe('the session policy of direct access', () => {
  it("lets a read grant list and read the agent's prefix and nothing else", () => {
    expect(sessionPolicy({ ...scope, access: 'read' })).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'ListAgentFiles',
          Effect: 'Allow',
          Action: 's3:ListBucket',
          Resource: 'arn:aws:s3:::files-bucket',
          Condition: { StringLike: { 's3:prefix': [`${prefix}*`] } },
        },
        { Sid: 'ReadAgentFiles', Effect: 'Allow', Action: ['s3:GetObject'], Resource: `arn:aws:s3:::files-bucket/${prefix}*` },
      ],
    });
  });

  it('adds uploading and deleting, on the same prefix only, for a write grant', () => {
    const { Statement } = sessionPolicy({ ...scope, access: 'write' });
    expect(Statement).toContainEqual({
      Sid: 'WriteAgentFiles',
      Effect: 'Allow',
      Action: ['s3:PutObject', 's3:DeleteObject', 's3:AbortMultipartUpload'],
      Resource: `arn:aws:s3:::files-bucket/${prefix}*`,
    });
  });

  it("never names anything outside the agent's files: every resource and listed prefix starts with it", () => {
    for (const access of ['read', 'write'] as const) {
      const { Statement } = sessionPolicy({ ...scope, access });
      const objects = Statement.filter((s) => s.Resource !== 'arn:aws:s3:::files-bucket').map((s) => s.Resource);
      expect(objects.every((r) => r === `arn:aws:s3:::files-bucket/${prefix}*`)).toBe(true);
      expect(Statement.flatMap((s) => s.Condition?.StringLike?.['s3:prefix'] ?? [])).toEqual([`${prefix}*`]);
      expect(Statement.every((s) => s.Effect === 'Allow')).toBe(true);
    }
  });

  it("fits within STS's 2,048-character limit for session policies", () => {
    expect(JSON.stringify(sessionPolicy({ ...scope, access: 'write' })).length).toBeLessThan(2048);
  });

  it.each([
    ['the whole bucket', ''],
    ['a workspace', 'ws/ws_01JABCDEFGHJKMNPQRSTVWXYZ0/'],
    ['a wildcard in place of the agent', 'ws/ws_01JABCDEFGHJKMNPQRSTVWXYZ0/agents/*/files/'],
    ['the agent without files/', 'ws/ws_01JABCDEFGHJKMNPQRSTVWXYZ0/agents/agent_01JABCDEFGHJKMNPQRSTVWXYZ1/'],
  ])('refuses to build a policy for %s', (_, wrong) => {
    expect(() => sessionPolicy({ ...scope, prefix: wrong, access: 'read' })).toThrow(/not an agent files prefix/);
  });

  it("uses the role's partition", () => {
    expect(partitionOf('arn:aws-cn:iam::123456789012:role/x')).toBe('aws-cn');
    expect(sessionPolicy({ ...scope, partition: 'aws-us-gov', access: 'read' }).Statement[0]?.Resource).toBe(
      'arn:aws-us-gov:s3:::files-bucket',
    );
  });
});

describe('mounted folders in the session policy', () => {
  const publisher = 'ws/ws_01JABCDEFGHJKMNPQRSTVWXYZ0/agents/agent_01JABCDEFGHJKMNPQRSTVWXYZ2/files/';
  const readOnly = { prefix: `${publisher}out/reports/`, write: false };
  const readWrite = { prefix: `${publisher}inbox/`, write: true };

  it('lists and reads every mounted folder, and writes only those mounted read-write, in a write grant', () => {
    const { Statement } = sessionPolicy({ ...scope, access: 'write', mounts: [readOnly, readWrite] });
    expect(Statement.find((s) => s.Sid === 'ListAgentFiles')?.Condition).toEqual({
      StringLike: { 's3:prefix': [`${prefix}*`, `${readOnly.prefix}*`, `${readWrite.prefix}*`] },
    });
    expect(Statement.find((s) => s.Sid === 'ReadAgentFiles')?.Resource).toEqual([
      `arn:aws:s3:::files-bucket/${prefix}*`,
      `arn:aws:s3:::files-bucket/${readOnly.prefix}*`,
      `arn:aws:s3:::files-bucket/${readWrite.prefix}*`,
    ]);
    expect(Statement.find((s) => s.Sid === 'WriteAgentFiles')?.Resource).toEqual([
      `arn:aws:s3:::files-bucket/${prefix}*`,
      `arn:aws:s3:::files-bucket/${readWrite.prefix}*`,
    ]);
  });

  it('writes nothing mounted in a read grant', () => {
    expect(sessionPolicy({ ...scope, access: 'read', mounts: [readWrite] }).Statement.map((s) => s.Sid)).toEqual([
      'ListAgentFiles',
      'ReadAgentFiles',
    ]);
  });

  it('leaves out, and names, mounts whose path IAM would read as a pattern and those past STS’s length limit', () => {
    const wildcard = { prefix: `${publisher}all*/`, write: false };
    const long = Array.from({ length: 20 }, (_, i) => ({ prefix: `${publisher}${'deep/'.repeat(30)}${i}/`, write: false }));
    const { policy, included, leftOut } = fittedSessionPolicy({ ...scope, access: 'read', mounts: [readOnly, wildcard, ...long] });
    expect(JSON.stringify(policy).length).toBeLessThanOrEqual(SESSION_POLICY_MAX_CHARS);
    expect(included[0]).toEqual(readOnly);
    expect(leftOut[0]).toEqual({ prefix: wildcard.prefix, reason: expect.stringMatching(/wildcard/) });
    expect(leftOut.length).toBeGreaterThan(1);
    expect(included.length + leftOut.length).toBe(22);
    expect(JSON.stringify(policy)).not.toContain('all*');
  });

  it('refuses to build a policy naming a mount outside an agent’s files', () => {
    expect(() =>
      sessionPolicy({ ...scope, access: 'read', mounts: [{ prefix: 'ws/ws_01JABCDEFGHJKMNPQRSTVWXYZ0/', write: false }] }),
    ).toThrow(/not a mountable folder prefix/);
  });
});
