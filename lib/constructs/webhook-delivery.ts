import { Aws, Duration } from 'aws-cdk-lib';
import { type IEventBus, Rule } from 'aws-cdk-lib/aws-events';
import { SqsQueue } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { AccessTargets } from '../api/access-grants';
import type { EnvironmentConfig } from '../config/environment-config';
import { resourceNames } from '../config/resource-names';
import {
  type WebhookQueueDefinition,
  webhookDeliver,
  webhookFanOut,
  webhookFunctionId,
  webhookRulePattern,
} from '../events/webhook-queues';
import { PlatformFunction } from './platform-function';

/** The delivery queue's name-derived ARN and URL: route functions reach it by name, like the files bucket. */
export const deliveryQueueTargets = (env: EnvironmentConfig['name']): Pick<AccessTargets, 'deliveryQueueArn' | 'deliveryQueueUrl'> => {
  const name = resourceNames(env).webhookDeliveryQueue;
  return {
    deliveryQueueArn: `arn:${Aws.PARTITION}:sqs:${Aws.REGION}:${Aws.ACCOUNT_ID}:${name}`,
    deliveryQueueUrl: `https://sqs.${Aws.REGION}.${Aws.URL_SUFFIX}/${Aws.ACCOUNT_ID}/${name}`,
  };
};

export interface WebhookDeliveryProps {
  bus: IEventBus;
  targets: AccessTargets;
  environment: Record<string, string>;
  config: EnvironmentConfig;
}

// At least the 6 × function timeout AWS advises, so a message is never received twice while still being handled.
const visibilityTimeout = (config: EnvironmentConfig) => Duration.seconds(6 * config.functions.timeoutSeconds);

/**
 * Webhook delivery, off every request's path: a rule for every public event → the fan-out queue →
 * `webhook-fan-out` → the delivery queue → `webhook-deliver`. Both queues (and their dead-letter
 * queues, for messages a function keeps failing on) are encrypted and refuse plain HTTP.
 */
export class WebhookDelivery extends Construct {
  constructor(scope: Construct, id: string, props: WebhookDeliveryProps) {
    super(scope, id);
    const { config } = props;
    const queue = (name: string, queueName?: string) => {
      const deadLetters = new Queue(this, `${name}DeadLetters`, {
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        // The longest SQS keeps a message: time for someone to notice, fix and replay.
        retentionPeriod: Duration.days(14),
        removalPolicy: config.removalPolicy,
      });
      return {
        deadLetters,
        queue: (definition: WebhookQueueDefinition) =>
          new Queue(this, name, {
            queueName,
            encryption: QueueEncryption.SQS_MANAGED,
            enforceSSL: true,
            visibilityTimeout: visibilityTimeout(config),
            // A delivery's attempts span 3 days, but each message lives at most 15 minutes before it hops on.
            retentionPeriod: Duration.days(4),
            deadLetterQueue: { queue: deadLetters, maxReceiveCount: definition.maxReceiveCount },
            removalPolicy: config.removalPolicy,
          }),
      };
    };

    const fanOutPair = queue('FanOut');
    const fanOutQueue = fanOutPair.queue(webhookFanOut);
    const deliveryQueue = queue('Deliveries', resourceNames(config.name).webhookDeliveryQueue).queue(webhookDeliver);

    for (const [definition, source] of [
      [webhookFanOut, fanOutQueue],
      [webhookDeliver, deliveryQueue],
    ] as const) {
      const fn = new PlatformFunction(this, webhookFunctionId(definition), {
        bundleId: webhookFunctionId(definition),
        group: 'events',
        access: definition.access,
        targets: props.targets,
        // The event source mapping reads with the function's role; its inline policy is the only one it has.
        extraStatements: [
          new PolicyStatement({
            sid: 'ConsumeQueue',
            actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility', 'sqs:GetQueueAttributes'],
            resources: [source.queueArn],
          }),
        ],
        config,
        environment: props.environment,
      });
      fn.function.addEventSource(
        new SqsEventSource(source, {
          batchSize: definition.batchSize,
          reportBatchItemFailures: true,
          // Never more pollers than the function's reserved concurrency, so SQS is not throttled into the dead-letter queue.
          maxConcurrency: Math.max(2, config.concurrency.reservedPerFunction.events),
        }),
      );
    }

    new Rule(this, 'Rule', {
      eventBus: props.bus,
      description: 'Every public event, to the webhook fan-out',
      eventPattern: { source: webhookRulePattern.source, detailType: webhookRulePattern['detail-type'] },
      targets: [new SqsQueue(fanOutQueue, { deadLetterQueue: fanOutPair.deadLetters, retryAttempts: 8, maxEventAge: Duration.hours(2) })],
    });
  }
}
