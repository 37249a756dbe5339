import { Duration } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { EventSourceMapping, FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { OUTBOX_PREFIX } from '../../lambdas/data/keys';
import type { AccessTargets } from '../api/access-grants';
import { acknowledgeStreamFailureQueue, acknowledgeStreamListing } from '../compliance/acknowledgements';
import type { EnvironmentConfig } from '../config/environment-config';
import { eventFunctionId, type StreamFunctionDefinition } from '../events/event-functions';
import { PlatformFunction } from './platform-function';

export interface StreamFunctionProps {
  definition: StreamFunctionDefinition;
  /** The table's stream (NEW_IMAGE, `lambdas/data/table-definition.ts`). */
  streamArn: string;
  targets: AccessTargets;
  environment: Record<string, string>;
  config: EnvironmentConfig;
}

/**
 * Lambda reads the stream and retries a failed batch from the record the handler names
 * (ReportBatchItemFailures), halving a batch that keeps failing to isolate a bad record. A record
 * still failing when the stream is about to drop it (24 hours) is given up, and its shard and
 * sequence range go to the on-failure queue. Retrying that long is safe: events are bounded in
 * size (lambdas/domain/events/bounded-data.ts), so a record fails only while the bus does.
 */
const BATCH_SIZE = 100;
const RETRIES = { retryAttempts: 10_000, maxRecordAge: Duration.hours(24) };

/**
 * One stream-triggered function (the outbox relay): the function with its own role and log group,
 * an event source mapping on the table's stream that passes outbox inserts only, and an on-failure
 * queue of its own. The role grants exactly the declared access, the stream's reads and the queue.
 */
export class StreamFunction extends Construct {
  constructor(scope: Construct, id: string, props: StreamFunctionProps) {
    super(scope, id);
    const { definition, config, streamArn } = props;

    const failures = new Queue(this, 'Failures', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      removalPolicy: config.removalPolicy,
    });
    acknowledgeStreamFailureQueue(failures);

    const fn = new PlatformFunction(this, 'Function', {
      bundleId: eventFunctionId(definition),
      group: 'events',
      access: definition.access,
      targets: props.targets,
      extraStatements: [
        new PolicyStatement({
          sid: 'ReadStream',
          actions: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'],
          resources: [streamArn],
        }),
        new PolicyStatement({ sid: 'ListStreams', actions: ['dynamodb:ListStreams'], resources: ['*'] }),
        new PolicyStatement({ sid: 'FailureQueue', actions: ['sqs:SendMessage'], resources: [failures.queueArn] }),
      ],
      config,
      environment: props.environment,
    });
    acknowledgeStreamListing(fn.role);

    new EventSourceMapping(this, 'Stream', {
      target: fn.function,
      eventSourceArn: streamArn,
      startingPosition: StartingPosition.TRIM_HORIZON,
      batchSize: BATCH_SIZE,
      bisectBatchOnError: true,
      reportBatchItemFailures: true,
      ...RETRIES,
      onFailure: new SqsDlq(failures),
      // The same selection as the handler's `isOutboxInsert`: Lambda is not invoked for any other write.
      filters: [
        FilterCriteria.filter({
          eventName: FilterRule.isEqual('INSERT'),
          dynamodb: { Keys: { PK: { S: FilterRule.beginsWith(OUTBOX_PREFIX) } } },
        }),
      ],
    });
  }
}
