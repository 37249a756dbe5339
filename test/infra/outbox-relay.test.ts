import type { CfnResource } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { routes } from '../../lambdas/http/routes';
import { executionFunctions } from '../../lib/flows/execution-tasks';
import { eventFunctionId, outboxRelay } from '../../lib/events/event-functions';
import { lazily, resourceProps, synthPlatform, templateOf } from '../support/infra-platform';

const prod = lazily(() => synthPlatform('prod'));
const parent = lazily(() => templateOf(prod().api));

/** A part of the relay's construct as synthesized, by construct path. */
const relayPart = (...path: string[]): Record<string, unknown> => {
  const construct = path.reduce((c, id) => c.node.findChild(id), prod().api.node.findChild(eventFunctionId(outboxRelay)));
  return resourceProps(construct.node.defaultChild as CfnResource);
};
const logicalIdOf = (...path: string[]): string => {
  const construct = path.reduce((c, id) => c.node.findChild(id), prod().api.node.findChild(eventFunctionId(outboxRelay)));
  return prod().api.getLogicalId(construct.node.defaultChild as CfnResource);
};

interface Statement {
  Action: string | string[];
  Resource: unknown;
}

describe('the outbox relay', () => {
  it('reads the table stream in batches of 100, outbox inserts only, reporting the failed record and bisecting', () => {
    parent().hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: logicalIdOf('Function', 'Function') },
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 100,
      BisectBatchOnFunctionError: true,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      MaximumRetryAttempts: 10_000,
      MaximumRecordAgeInSeconds: 24 * 3600,
      FilterCriteria: {
        Filters: [{ Pattern: JSON.stringify({ eventName: ['INSERT'], dynamodb: { Keys: { PK: { S: [{ prefix: 'OUTBOX#' }] } } } }) }],
      },
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [logicalIdOf('Failures'), 'Arn'] } } },
    });
  });

  it('sends what it gives up on to an encrypted queue that refuses plain HTTP', () => {
    expect(relayPart('Failures')).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 3600 });
    parent().hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: logicalIdOf('Failures') }],
      PolicyDocument: Match.objectLike({
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
      }),
    });
  });

  it("has a role granting exactly PutEvents on the bus, the stream's reads and its failure queue", () => {
    const [policy] = relayPart('Function', 'Role').Policies as { PolicyDocument: { Statement: Statement[] } }[];
    const actions = (policy?.PolicyDocument.Statement ?? []).flatMap((s) => [s.Action].flat()).sort();
    expect(actions).toEqual(
      [
        'logs:CreateLogStream',
        'logs:PutLogEvents',
        'xray:PutTelemetryRecords',
        'xray:PutTraceSegments',
        'events:PutEvents',
        'dynamodb:DescribeStream',
        'dynamodb:GetRecords',
        'dynamodb:GetShardIterator',
        'dynamodb:ListStreams',
        'sqs:SendMessage',
      ].sort(),
    );
    const putEvents = policy?.PolicyDocument.Statement.find((s) => s.Action === 'events:PutEvents');
    expect(JSON.stringify(putEvents?.Resource)).toContain('Bus');
  });

  it('is the one function told which bus to put events on', () => {
    const props = relayPart('Function', 'Function') as { Environment: { Variables: Record<string, unknown> } };
    expect(props.Environment.Variables).toMatchObject({ EVENT_BUS_NAME: expect.anything(), TABLE_NAME: expect.anything() });
  });
});

describe('the request path and the execution flow', () => {
  it('declare no bus access: their events are outbox items of their transactions', () => {
    expect(routes.filter((r) => r.access.bus).map((r) => r.handler)).toEqual([]);
    expect(executionFunctions.filter((t) => t.access.bus).map((t) => t.handler)).toEqual([]);
  });
});
