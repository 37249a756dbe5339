import type { CfnResource, Stack } from 'aws-cdk-lib';
import { accessStatements } from '../../lib/api/access-policy';
import { lazily, resourceProps, synthPlatform, templateOf } from '../support/infra-platform';

/** The role behind POST /api/agents/{agent}/access, as synthesized for prod. */

const platform = lazily(() => synthPlatform('prod'));
const GRANTING = 'agents-access-credentials';

interface Statement {
  Sid?: string;
  Action: string | string[];
  Resource: unknown;
  Principal?: unknown;
  Condition?: unknown;
}

const granting = () => {
  const owner = platform().routeStacks.find((s) => s.node.tryFindChild(GRANTING)) as Stack;
  const fn = owner.node.findChild(GRANTING);
  const props = (path: string[]) => resourceProps(path.reduce((c, id) => c.node.findChild(id), fn).node.defaultChild as CfnResource);
  return {
    stack: owner,
    functionProps: props(['Function']),
    functionRole: props(['Role']),
    functionRoleId: owner.resolve((fn.node.findChild('Role').node.defaultChild as CfnResource).logicalId) as string,
    accessRole: props(['AgentFilesAccess', 'Role']),
  };
};

const statementsOf = (role: Record<string, unknown>): Statement[] =>
  (role.Policies as { PolicyDocument: { Statement: Statement[] } }[]).flatMap((p) => p.PolicyDocument.Statement);

/** A resource as a plain string, with CloudFormation functions rendered as `<...>`. */
const flat = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : JSON.stringify(value)
        .replace(/\{"Ref":"([^"]+)"\}/g, '<$1>')
        .replace(/\{"Fn::Join":\["",\[/g, '')
        .replace(/\]\]\}/g, '')
        .replace(/","|",|,"/g, '')
        .replace(/^"|"$/g, '');

describe('the agent-files access role', () => {
  it('trusts only the granting function’s role', () => {
    const { accessRole, functionRoleId } = granting();
    expect((accessRole.AssumeRolePolicyDocument as { Statement: Statement[] }).Statement).toEqual([
      { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { AWS: { 'Fn::GetAtt': [functionRoleId, 'Arn'] } } },
    ]);
  });

  it("reaches agents' files/ prefixes and nothing else of the bucket", () => {
    const statements = statementsOf(granting().accessRole);
    const list = statements.find((s) => s.Action === 's3:ListBucket');
    expect(list?.Condition).toEqual({ StringLike: { 's3:prefix': ['ws/*/agents/*/files/*'] } });
    const objects = statements.filter((s) => s !== list);
    expect(objects.map((s) => [s.Action].flat().sort())).toEqual([
      ['s3:AbortMultipartUpload', 's3:DeleteObject', 's3:GetObject', 's3:PutObject'],
    ]);
    expect(objects.map((s) => flat(s.Resource))).toEqual([
      expect.stringMatching(/-files-<AWS::AccountId>-<AWS::Region>\/ws\/\*\/agents\/\*\/files\/\*$/),
    ]);
    expect(JSON.stringify(statements)).not.toMatch(/-files-[^/]*\/\*"/);
  });

  it('issues sessions of at most an hour, under a name the granting function is told', () => {
    const { accessRole, functionProps } = granting();
    expect(accessRole.MaxSessionDuration).toBe(3600);
    const roleArn = flat((functionProps.Environment as { Variables: Record<string, unknown> }).Variables.AGENT_FILES_ACCESS_ROLE_ARN);
    expect(roleArn).toBe(`arn:<AWS::Partition>:iam::<AWS::AccountId>:role/${flat(accessRole.RoleName)}`);
    expect(flat(accessRole.RoleName)).toBe('agent-platform-prod-agent-files-<AWS::Region>');
  });

  it('may be assumed by the granting function, on that role alone', () => {
    const assume = statementsOf(granting().functionRole).filter((s) => JSON.stringify(s.Action).includes('sts:'));
    expect(assume).toEqual([expect.objectContaining({ Sid: 'AgentFilesAccess', Action: 'sts:AssumeRole' })]);
    expect(flat(assume[0]?.Resource)).toBe('arn:<AWS::Partition>:iam::<AWS::AccountId>:role/agent-platform-prod-agent-files-<AWS::Region>');
  });

  it('exists once, and no other function learns of it', () => {
    const stacks = [platform().api, ...platform().routeStacks];
    const roles = stacks.flatMap((s) =>
      Object.values(templateOf(s).findResources('AWS::IAM::Role')).filter((r) =>
        JSON.stringify(r.Properties.RoleName ?? '').includes('agent-files'),
      ),
    );
    expect(roles).toHaveLength(1);
    const told = stacks.flatMap((s) =>
      Object.values(templateOf(s).findResources('AWS::Lambda::Function')).filter(
        (f) => f.Properties.Environment?.Variables?.AGENT_FILES_ACCESS_ROLE_ARN,
      ),
    );
    expect(told).toEqual([expect.objectContaining({ Properties: expect.objectContaining(granting().functionProps) })]);
  });
});

describe('the REST API', () => {
  it('passes binary uploads to Lambda base64-encoded, leaving JSON as text', () => {
    const api = Object.values(templateOf(platform().api).findResources('AWS::ApiGateway::RestApi'))[0];
    expect(api?.Properties.BinaryMediaTypes).toEqual(expect.arrayContaining(['application/octet-stream', 'image/*']));
    expect(api?.Properties.BinaryMediaTypes).not.toContain('application/json');
  });
});

describe("the scopedAccess: 'assume' declaration", () => {
  const targets = { tableArn: 'arn:table', bucketArn: 'arn:bucket', eventBusArn: 'arn:bus', credentialsKeyArn: 'arn:key' };

  it('grants assuming the agent-files role and nothing else', () => {
    expect(
      accessStatements({ scopedAccess: 'assume' }, { ...targets, agentFilesAccessRoleArn: 'arn:role' }).map((s) => s.toStatementJson()),
    ).toEqual([{ Sid: 'AgentFilesAccess', Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:role' }]);
  });

  it('fails the synth when the stack names no such role', () => {
    expect(() => accessStatements({ scopedAccess: 'assume' }, targets)).toThrow(/no agent-files access role/);
  });
});
