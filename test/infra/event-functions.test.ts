import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CfnResource } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { TIERS } from '../../lambdas/domain/tiers';
import { USAGE_KEY_EVENTS } from '../../lambdas/shared/event-types';
import { bundleDir } from '../../lib/build/function-bundles';
import { eventFunctions } from '../../lib/events/event-functions';
import { lazily, resourceProps, synthPlatform, templateOf } from '../support/infra-platform';

const prod = lazily(() => synthPlatform('prod'));
const parent = lazily(() => templateOf(prod().api));

/** A CloudFormation value as text, references as `<LogicalId>`, so ARNs built with Fn::Join compare as strings. */
const text = (value: unknown): string => {
  if (typeof value === 'string') return value;
  const v = value as { Ref?: string; 'Fn::Join'?: [string, unknown[]]; 'Fn::GetAtt'?: string[] };
  if (v.Ref) return `<${v.Ref}>`;
  if (v['Fn::GetAtt']) return `<${v['Fn::GetAtt'].join('.')}>`;
  if (v['Fn::Join']) return v['Fn::Join'][1].map(text).join(v['Fn::Join'][0]);
  return JSON.stringify(value);
};

const logicalIds = (type: string, props: Record<string, unknown> = {}): string[] =>
  Object.keys(parent().findResources(type, { Properties: props }));
const planId = (name: string): string =>
  logicalIds('AWS::ApiGateway::UsagePlan', { UsagePlanName: `agent-platform-prod-${name}` })[0] as string;

/** An event function's parts as synthesized, by construct path. */
const partOf = (fn: string, ...path: string[]): Record<string, unknown> => {
  const construct = path.reduce((c, id) => c.node.findChild(id), prod().api.node.findChild(fn));
  return resourceProps(construct.node.defaultChild as CfnResource);
};
const part = (...path: string[]): Record<string, unknown> => partOf('events-usage-keys', ...path);
const functionId = (): string =>
  logicalIds('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ USAGE_PLAN_IDS: Match.anyValue() }) } })[0] as string;
const queueIdOf = (fn: string): string =>
  prod().api.getLogicalId(prod().api.node.findChild(fn).node.findChild('DeadLetters').node.defaultChild as CfnResource);
const queueId = (): string => queueIdOf('events-usage-keys');

interface Statement {
  Action: string | string[];
  Resource: unknown;
}

const statementsByAction = (fn = 'events-usage-keys'): Map<string, string[]> => {
  const [policy] = partOf(fn, 'Function', 'Role').Policies as { PolicyDocument: { Statement: Statement[] } }[];
  const byAction = new Map<string, string[]>();
  for (const s of policy?.PolicyDocument.Statement ?? []) {
    for (const action of [s.Action].flat())
      byAction.set(action, [...(byAction.get(action) ?? []), ...[s.Resource].flat().map(text)].sort());
  }
  return byAction;
};

const apiGateway = (path: string): string => `arn:<AWS::Partition>:apigateway:<AWS::Region>::${path}`;
const TABLE_WRITE = ['BatchGetItem', 'BatchWriteItem', 'ConditionCheckItem', 'DeleteItem', 'GetItem', 'PutItem', 'Query', 'UpdateItem'].map(
  (a) => `dynamodb:${a}`,
);
const RUNTIME = ['logs:CreateLogStream', 'logs:PutLogEvents', 'xray:PutTelemetryRecords', 'xray:PutTraceSegments'];

describe('the event functions', () => {
  it(
    'are each bundled, and built in the parent stack with a rule and a dead-letter queue of their own ' +
      "(beside the outbox relay's failure queue)",
    () => {
      expect(existsSync(join(bundleDir('events-usage-keys'), 'index.js'))).toBe(true);
      // Besides them, the files bucket's reconciler with its rule and dead-letter queue, the webhook path's rule and its two
      // queues with their dead-letter queues (webhook-delivery.test.ts), and the outbox relay's on-failure queue.
      parent().resourceCountIs('AWS::Events::Rule', eventFunctions.length + 2);
      parent().resourceCountIs('AWS::SQS::Queue', eventFunctions.length + 1 + 1 + 4);
    },
  );
});

describe('the usage-key function', () => {
  it('runs on Node.js 24, arm64, passing traces through, with the table, the tier plans by tier and the platform environment', () => {
    const props = part('Function', 'Function') as { Environment: { Variables: Record<string, unknown> } };
    expect(props).toMatchObject({
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      TracingConfig: { Mode: 'PassThrough' },
      LoggingConfig: { LogGroup: expect.anything() },
    });
    const { USAGE_PLAN_IDS, ...variables } = props.Environment.Variables;
    expect(variables).toMatchObject({
      TABLE_NAME: expect.anything(),
      PLATFORM_ENV: 'prod',
      PLATFORM_VERSION: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
    expect(JSON.parse(text(USAGE_PLAN_IDS))).toEqual(Object.fromEntries(TIERS.map((tier) => [tier, `<${planId(tier)}>`])));
  });

  it("has a role granting exactly the table, key creation, each tier plan's keys and its dead-letter queue", () => {
    const tierPlans = TIERS.map(planId);
    const byAction = statementsByAction();
    expect([...byAction.keys()].sort()).toEqual(
      [...RUNTIME, ...TABLE_WRITE, 'apigateway:DELETE', 'apigateway:GET', 'apigateway:POST', 'sqs:SendMessage'].sort(),
    );
    expect(byAction.get('apigateway:GET')).toEqual([apiGateway('/apikeys')]);
    expect(byAction.get('apigateway:POST')).toEqual(
      [apiGateway('/apikeys'), ...tierPlans.map((id) => apiGateway(`/usageplans/<${id}>/keys`))].sort(),
    );
    expect(byAction.get('apigateway:DELETE')).toEqual(tierPlans.map((id) => apiGateway(`/usageplans/<${id}>/keys/*`)).sort());
    expect(byAction.get('sqs:SendMessage')).toEqual([`<${queueId()}.Arn>`]);
    expect(JSON.stringify([...byAction.values()])).not.toContain(planId('onboarding'));
  });

  it('is triggered by a rule on the platform bus for workspace.created and workspace.tier_changed from the platform only', () => {
    expect(USAGE_KEY_EVENTS).toEqual(['workspace.created', 'workspace.tier_changed']);
    const rule = part('Rule');
    expect(rule.EventPattern).toEqual({ source: ['agent-platform'], 'detail-type': ['workspace.created', 'workspace.tier_changed'] });
    expect(JSON.stringify(rule.EventBusName)).toContain('AgentPlatform-prod-Events');
  });

  it('is the target of that rule, with delivery retries and the dead-letter queue for what still fails', () => {
    expect(part('Rule').Targets).toEqual([
      {
        Id: expect.any(String),
        Arn: { 'Fn::GetAtt': [functionId(), 'Arn'] },
        RetryPolicy: { MaximumRetryAttempts: expect.any(Number), MaximumEventAgeInSeconds: expect.any(Number) },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [queueId(), 'Arn'] } },
      },
    ]);
    parent().hasResourceProperties('AWS::Lambda::Permission', {
      FunctionName: { 'Fn::GetAtt': [functionId(), 'Arn'] },
      Principal: 'events.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': [logicalIds('AWS::Events::Rule')[0], 'Arn'] },
    });
  });

  it('sends an event its handler failed on, after Lambda’s retries, to the same dead-letter queue', () => {
    expect(part('Function', 'Function').DeadLetterConfig).toEqual({ TargetArn: { 'Fn::GetAtt': [queueId(), 'Arn'] } });
    parent().hasResourceProperties('AWS::Lambda::EventInvokeConfig', { FunctionName: { Ref: functionId() }, MaximumRetryAttempts: 2 });
  });
});

describe('the dead-letter queue', () => {
  it('is encrypted, refuses requests without TLS, keeps messages 14 days and is retained in prod', () => {
    parent().hasResource('AWS::SQS::Queue', {
      DeletionPolicy: 'Retain',
      Properties: { SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 3600 },
    });
    parent().hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Action: 'sqs:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({
            Effect: 'Allow',
            Action: 'sqs:SendMessage',
            Principal: { Service: 'events.amazonaws.com' },
            Condition: { ArnEquals: Match.anyValue() },
          }),
        ]),
      },
    });
  });
});

describe('the purge function', () => {
  it('runs on agent.deleted with a role granting exactly the table, the bucket and its dead-letter queue', () => {
    const byAction = statementsByAction('events-purge-agent');
    const BUCKET_WRITE = ['s3:AbortMultipartUpload', 's3:DeleteObject', 's3:GetObject', 's3:ListBucket', 's3:PutObject'];
    expect([...byAction.keys()].sort()).toEqual([...RUNTIME, ...TABLE_WRITE, ...BUCKET_WRITE, 'sqs:SendMessage'].sort());
    expect(byAction.get('sqs:SendMessage')).toEqual([`<${queueIdOf('events-purge-agent')}.Arn>`]);
    parent().hasResourceProperties('AWS::Events::Rule', { EventPattern: { source: ['agent-platform'], 'detail-type': ['agent.deleted'] } });
  });
});

describe('the files reconciler', () => {
  it("is triggered by a rule on the account's default bus for the files bucket's created and deleted objects under ws/", () => {
    const rule = partOf('events-files-reconcile', 'Rule');
    expect(rule.EventPattern).toEqual({
      source: ['aws.s3'],
      'detail-type': ['Object Created', 'Object Deleted'],
      detail: { bucket: { name: [expect.anything()] }, object: { key: [{ prefix: 'ws/' }] } },
    });
    expect(text((rule.EventPattern as { detail: { bucket: { name: unknown[] } } }).detail.bucket.name[0])).toBe(
      'agent-platform-prod-files-<AWS::AccountId>-<AWS::Region>',
    );
    expect(rule.EventBusName).toBe('default');
    expect(rule.Targets).toEqual([
      expect.objectContaining({ DeadLetterConfig: { Arn: { 'Fn::GetAtt': [queueIdOf('events-files-reconcile'), 'Arn'] } } }),
    ]);
  });

  it('has a role granting exactly the table, the bucket (to remove an object over the quota) and its dead-letter queue', () => {
    const byAction = statementsByAction('events-files-reconcile');
    const BUCKET_WRITE = ['s3:AbortMultipartUpload', 's3:DeleteObject', 's3:GetObject', 's3:ListBucket', 's3:PutObject'];
    expect([...byAction.keys()].sort()).toEqual([...RUNTIME, ...TABLE_WRITE, ...BUCKET_WRITE, 'sqs:SendMessage'].sort());
    expect(existsSync(join(bundleDir('events-files-reconcile'), 'index.js'))).toBe(true);
  });
});
