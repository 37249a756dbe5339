import type { CfnResource } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { PUBLIC_EVENTS } from '../../lambdas/shared/event-types';
import { environmentConfig } from '../../lib/config/environments';
import { lazily, resourceProps, synthPlatform, templateOf } from '../support/infra-platform';

const prod = lazily(() => synthPlatform('prod'));
const parent = lazily(() => templateOf(prod().api));
const construct = () => prod().api.node.findChild('WebhookDelivery');
const logicalId = (...path: string[]) =>
  prod().api.getLogicalId(path.reduce((c, id) => c.node.findChild(id), construct()).node.defaultChild as CfnResource);
const props = (...path: string[]) =>
  resourceProps(path.reduce((c, id) => c.node.findChild(id), construct()).node.defaultChild as CfnResource);

interface Statement {
  Sid?: string;
  Action: string | string[];
  Resource: unknown;
}
const statementsOf = (fn: string): Statement[] =>
  (props(fn, 'Role').Policies as { PolicyDocument: { Statement: Statement[] } }[])[0]?.PolicyDocument.Statement ?? [];
const actionsOf = (fn: string) => [...new Set(statementsOf(fn).flatMap((s) => [s.Action].flat()))].sort();

describe('the webhook delivery path', () => {
  it('has a rule for every public event from the platform, to the fan-out queue with a dead-letter queue', () => {
    parent().hasResourceProperties('AWS::Events::Rule', {
      EventPattern: { source: ['agent-platform'], 'detail-type': [...PUBLIC_EVENTS] },
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [logicalId('FanOut'), 'Arn'] },
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': [logicalId('FanOutDeadLetters'), 'Arn'] } },
        }),
      ],
    });
  });

  it('encrypts every queue and redrives the two working queues to their dead-letter queues after 5 receives', () => {
    for (const queue of ['FanOut', 'FanOutDeadLetters', 'Deliveries', 'DeliveriesDeadLetters'])
      expect(props(queue)).toMatchObject({ SqsManagedSseEnabled: true });
    expect(props('Deliveries')).toMatchObject({
      QueueName: 'agent-platform-prod-webhook-deliveries',
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [logicalId('DeliveriesDeadLetters'), 'Arn'] }, maxReceiveCount: 5 },
      VisibilityTimeout: 6 * environmentConfig('prod').functions.timeoutSeconds,
    });
    expect(props('FanOut')).toMatchObject({ RedrivePolicy: { maxReceiveCount: 5 } });
  });

  it('refuses plain HTTP on every queue', () => {
    const policies = Object.values(parent().findResources('AWS::SQS::QueuePolicy')).map((p) => JSON.stringify(p));
    for (const queue of ['FanOut', 'FanOutDeadLetters', 'Deliveries', 'DeliveriesDeadLetters']) {
      const policy = policies.find((p) => p.includes(`"Ref":"${logicalId(queue)}"`) && p.includes('aws:SecureTransport'));
      expect(policy).toBeDefined();
    }
  });

  it('feeds each function from its queue in batches, reporting the messages that failed', () => {
    for (const fn of ['events-webhook-fan-out', 'events-webhook-deliver']) {
      parent().hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        FunctionName: { Ref: logicalId(fn, 'Function') },
        BatchSize: 10,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
      });
    }
  });

  it('grants the fan-out the table, its own queue and sending to the delivery queue, nothing more', () => {
    expect(actionsOf('events-webhook-fan-out')).toEqual(
      [
        'dynamodb:BatchGetItem',
        'dynamodb:BatchWriteItem',
        'dynamodb:ConditionCheckItem',
        'dynamodb:DeleteItem',
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:Query',
        'dynamodb:UpdateItem',
        'logs:CreateLogStream',
        'logs:PutLogEvents',
        'sqs:ChangeMessageVisibility',
        'sqs:DeleteMessage',
        'sqs:GetQueueAttributes',
        'sqs:ReceiveMessage',
        'sqs:SendMessage',
        'xray:PutTelemetryRecords',
        'xray:PutTraceSegments',
      ].sort(),
    );
    const consume = statementsOf('events-webhook-fan-out').find((s) => s.Sid === 'ConsumeQueue');
    expect(consume?.Resource).toEqual({ 'Fn::GetAtt': [logicalId('FanOut'), 'Arn'] });
    expect(JSON.stringify(statementsOf('events-webhook-fan-out').find((s) => s.Sid === 'DeliveryQueue')?.Resource)).toContain(
      ':agent-platform-prod-webhook-deliveries',
    );
  });

  it('grants the delivery function unsealing secrets besides the table and the queue, nothing more', () => {
    expect(actionsOf('events-webhook-deliver')).toEqual(
      expect.arrayContaining(['kms:Decrypt', 'sqs:SendMessage', 'sqs:ReceiveMessage', 'dynamodb:UpdateItem']),
    );
    expect(actionsOf('events-webhook-deliver')).not.toContain('kms:GenerateDataKey');
    expect(actionsOf('events-webhook-deliver')).not.toContain('events:PutEvents');
  });

  it('gives the delivery queue URL to the functions that send to it, and to no other', () => {
    const withUrl = (stack: ReturnType<typeof templateOf>) =>
      Object.values(stack.findResources('AWS::Lambda::Function')).filter((f) => JSON.stringify(f).includes('WEBHOOK_DELIVERY_QUEUE_URL'))
        .length;
    expect(withUrl(parent())).toBe(2);
    const routesWithUrl = prod().routeStacks.reduce((n, s) => n + withUrl(templateOf(s)), 0);
    expect(routesWithUrl).toBe(2); // test and redeliver
  });

  it('never allows loopback receivers or shortened retries deployed: those are local settings only', () => {
    const stacks = [prod().api, ...prod().routeStacks, prod().data, prod().events, prod().executions];
    for (const stack of stacks) {
      const template = JSON.stringify(templateOf(stack).toJSON());
      expect(template).not.toContain('WEBHOOK_LOOPBACK_TARGETS');
      expect(template).not.toContain('WEBHOOK_RETRY_DELAY_SCALE');
    }
  });
});
