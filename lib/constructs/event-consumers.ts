import { Aws, Duration } from 'aws-cdk-lib';
import { EventBus as Bus, type IEventBus, Rule } from 'aws-cdk-lib/aws-events';
import { EventBus as BusTarget } from 'aws-cdk-lib/aws-events-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { EVENT_SOURCE } from '../../lambdas/shared/event-types';
import { acknowledgeTargetDeadLetterQueue } from '../compliance/acknowledgements';
import type { EnvironmentConfig, EventConsumer } from '../config/environment-config';
import { forwardedEvents, validateEventConsumers } from '../config/event-consumers';

/**
 * Per configured consumer: a rule on the platform bus forwarding its events to the consumer's
 * bus, through a role allowed to PutEvents there (cross-account bus targets need one), with a
 * dead-letter queue. EventBridge retries a bus target on its own fixed policy (24 h, backing off)
 * and does not let a rule change it; what still fails lands in the queue, ready to resend.
 * The consumer's bus policy must allow this account (README "Events").
 */

const consumerBusArn = (c: EventConsumer, region: string): string =>
  c.busArn ?? `arn:${Aws.PARTITION}:events:${region}:${c.accountId}:event-bus/default`;

/** The account that owns a consumer's bus. */
const consumerAccount = (c: EventConsumer): string => c.accountId ?? (c.busArn?.split(':')[4] as string);

export class EventConsumers extends Construct {
  /** The consumers' accounts, which may read the schema registry. */
  readonly accounts: string[];

  constructor(scope: Construct, id: string, props: { bus: IEventBus; config: EnvironmentConfig }) {
    super(scope, id);
    const { config } = props;
    const consumers = validateEventConsumers(config.eventConsumers);
    this.accounts = consumers.map(consumerAccount);
    for (const consumer of consumers) {
      const consumerScope = new Construct(this, consumer.name);
      const deadLetterQueue = new Queue(consumerScope, 'DeadLetters', {
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        // The longest SQS keeps a message: time for the consumer to fix its side before a resend.
        retentionPeriod: Duration.days(14),
        removalPolicy: config.removalPolicy,
      });
      acknowledgeTargetDeadLetterQueue(deadLetterQueue);
      const events = forwardedEvents(consumer);
      const forwarded = consumer.events.includes('*') ? 'every public event' : events.join(', ');
      new Rule(consumerScope, 'Rule', {
        eventBus: props.bus,
        description: `Forwards ${forwarded} to the ${consumer.name} consumer`,
        eventPattern: { source: [EVENT_SOURCE], detailType: events },
        targets: [new BusTarget(Bus.fromEventBusArn(consumerScope, 'Bus', consumerBusArn(consumer, config.region)), { deadLetterQueue })],
      });
    }
  }
}
