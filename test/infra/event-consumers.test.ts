import { Match } from 'aws-cdk-lib/assertions';
import type { EventConsumer } from '../../lib/config/environment-config';
import { environmentConfig } from '../../lib/config/environments';
import { validateEventConsumers } from '../../lib/config/event-consumers';
import { PUBLIC_EVENTS } from '../../lambdas/shared/event-types';
import { lazily, synthPlatform, templateOf } from '../support/infra-platform';

const byAccount: EventConsumer = { name: 'billing', accountId: '111122223333', events: ['agent.executed', 'agent.deleted'] };
const byBus: EventConsumer = { name: 'analytics', busArn: 'arn:aws:events:us-east-1:444455556666:event-bus/agent-events', events: ['*'] };

const platform = lazily(() => synthPlatform({ ...environmentConfig('prod'), eventConsumers: [byAccount, byBus] }));
const events = () => templateOf(platform().events);

const ruleFor = (name: string) => {
  const rules = events().findResources('AWS::Events::Rule', {
    Properties: { Description: Match.stringLikeRegexp(`to the ${name} consumer$`) },
  });
  expect(Object.keys(rules)).toHaveLength(1);
  return Object.values(rules)[0] as {
    Properties: { EventPattern: { source: string[]; 'detail-type': string[] }; Targets: Array<Record<string, unknown>> };
  };
};

describe('an event consumer given by account', () => {
  it("forwards exactly its events from the platform's source to that account's default bus in the platform's region", () => {
    const rule = ruleFor('billing');
    expect(rule.Properties.EventPattern).toEqual({ source: ['agent-platform'], 'detail-type': ['agent.executed', 'agent.deleted'] });
    expect(JSON.stringify(rule.Properties.Targets[0]?.Arn)).toContain(':events:eu-west-1:111122223333:event-bus/default');
  });

  it('sends through a role allowed to PutEvents on that bus only, with a dead-letter queue', () => {
    const target = ruleFor('billing').Properties.Targets[0] as { RoleArn: unknown; DeadLetterConfig: { Arn: unknown } };
    expect(target.RoleArn).toBeDefined();
    expect(target.DeadLetterConfig.Arn).toEqual({ 'Fn::GetAtt': [expect.stringContaining('billingDeadLetters'), 'Arn'] });
    events().hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          {
            Effect: 'Allow',
            Action: 'events:PutEvents',
            Resource: { 'Fn::Join': ['', Match.arrayWith([':events:eu-west-1:111122223333:event-bus/default'])] },
          },
        ],
      },
    });
  });
});

describe('an event consumer given by bus ARN', () => {
  it('forwards every public event, and no platform-internal one, to that bus', () => {
    const rule = ruleFor('analytics');
    expect(rule.Properties.EventPattern['detail-type']).toEqual(PUBLIC_EVENTS);
    expect(rule.Properties.EventPattern['detail-type']).not.toContain('workspace.created');
    expect(rule.Properties.Targets[0]?.Arn).toBe(byBus.busArn);
  });
});

describe('the schema registry with consumers', () => {
  it("lets each consumer's account read the schemas and download code bindings, and nothing more", () => {
    events().hasResourceProperties('AWS::EventSchemas::RegistryPolicy', {
      Policy: {
        Statement: [
          Match.objectLike({
            Effect: 'Allow',
            Principal: { AWS: ['111122223333', '444455556666'] },
            Action: Match.arrayWith(['schemas:DescribeSchema', 'schemas:PutCodeBinding', 'schemas:GetCodeBindingSource']),
          }),
        ],
      },
    });
    const actions = Object.values(events().findResources('AWS::EventSchemas::RegistryPolicy'))[0]?.Properties.Policy.Statement[0]
      .Action as string[];
    expect(actions.filter((a) => /Create|Update|Delete/.test(a))).toEqual([]);
  });
});

describe('the consumers’ dead-letter queues', () => {
  it('are encrypted, refuse plain HTTP and accept messages from their own rule only', () => {
    const queues = events().findResources('AWS::SQS::Queue');
    expect(Object.values(queues).map((q) => q.Properties)).toEqual([
      expect.objectContaining({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 1209600 }),
      expect.objectContaining({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 1209600 }),
    ]);
    events().resourcePropertiesCountIs(
      'AWS::SQS::QueuePolicy',
      {
        PolicyDocument: {
          Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
        },
      },
      2,
    );
    events().hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Action: 'sqs:SendMessage',
            Principal: { Service: 'events.amazonaws.com' },
            Condition: { ArnEquals: { 'aws:SourceArn': Match.anyValue() } },
          }),
        ]),
      },
    });
  });

  it('leave the platform free of unacknowledged cdk-nag findings', () => {
    expect(platform().violations).toEqual([]);
  });
});

describe('event consumer configuration', () => {
  const refusal = (consumers: unknown[]) => {
    try {
      validateEventConsumers(consumers as EventConsumer[]);
      return 'accepted';
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('accepts a consumer by account and one by bus ARN', () => {
    expect(refusal([byAccount, byBus])).toBe('accepted');
  });

  it('refuses an unknown event name, naming its place and the valid names', () => {
    expect(refusal([{ ...byAccount, events: ['agent.exploded'] }])).toContain('eventConsumers[0].events[0]: must be one of agent.created');
  });

  it('refuses a platform-internal event', () => {
    expect(refusal([{ ...byAccount, events: ['workspace.created'] }])).toContain('platform-internal events are not forwarded');
  });

  it('refuses a consumer with both an account and a bus, or neither', () => {
    expect(refusal([{ ...byAccount, busArn: byBus.busArn }])).toContain('eventConsumers[0]: give exactly one of accountId or busArn');
    expect(refusal([{ name: 'nowhere', events: ['*'] }])).toContain('eventConsumers[0]: give exactly one of accountId or busArn');
  });

  it('refuses two consumers with the same name', () => {
    expect(refusal([byAccount, { ...byBus, name: 'billing' }])).toContain('eventConsumers[1].name: "billing" is used by another consumer');
  });

  it('refuses a malformed account id, bus ARN, empty event list or unknown field', () => {
    const message = refusal([
      { ...byAccount, accountId: '1234' },
      { ...byBus, name: 'b', busArn: 'arn:aws:sqs:us-east-1:444455556666:queue' },
      { ...byAccount, name: 'c', events: [] },
      { ...byAccount, name: 'd', account: '111122223333' },
    ]);
    expect(message).toContain('eventConsumers[0].accountId: must be a 12-digit AWS account id');
    expect(message).toContain('eventConsumers[1].busArn: must be an event bus ARN');
    expect(message).toContain('eventConsumers[2].events: must list at least one event');
    expect(message).toContain('eventConsumers[3]: Unrecognized key');
  });

  it('stops the synth of a platform whose consumers are invalid', () => {
    expect(() =>
      synthPlatform({ ...environmentConfig('dev'), eventConsumers: [{ ...byAccount, events: ['agent.exploded' as never] }] }),
    ).toThrow('invalid event consumers');
  });
});
