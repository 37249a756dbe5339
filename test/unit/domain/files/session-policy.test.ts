import { partitionOf, sessionPolicy } from '../../../../lambdas/domain/files/session-policy';

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
