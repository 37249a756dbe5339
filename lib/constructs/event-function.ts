import { Duration, Stack } from 'aws-cdk-lib';
import { type EventPattern, type IEventBus, Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction as LambdaTarget } from 'aws-cdk-lib/aws-events-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { Tier } from '../../lambdas/domain/tiers';
import type { AccessTargets } from '../api/access-grants';
import { usagePlanKeyArns, usagePlanKeyStatements } from '../api/access-policy';
import { acknowledgeUsagePlanKeysWildcard } from '../compliance/acknowledgements';
import type { EnvironmentConfig } from '../config/environment-config';
import { type EventFunctionDefinition, eventFunctionId } from '../events/event-functions';
import { PlatformFunction } from './platform-function';

export interface EventFunctionProps {
  definition: Pick<EventFunctionDefinition, 'handler' | 'summary' | 'access'>;
  bus: IEventBus;
  /** What the rule on `bus` matches: a platform function's detail-types, or the bucket's notifications. */
  eventPattern: EventPattern;
  targets: AccessTargets;
  /** The tiers' usage plans, for a function that manages usage plan keys. */
  usagePlanIds: Readonly<Record<Tier, string>>;
  environment: Record<string, string>;
  config: EnvironmentConfig;
}

/**
 * EventBridge hands the event to Lambda's asynchronous queue and is done: its retries only cover
 * that hand-over (Lambda unreachable or throttling it). A failing handler is retried by Lambda.
 * The handlers are idempotent, so a retry is always safe; one that still fails after this lands
 * in the dead-letter queue, as the raw event, ready to be sent again once the cause is fixed.
 */
const DELIVERY_RETRIES = { retryAttempts: 8, maxEventAge: Duration.hours(2) };
const HANDLER_RETRIES = { retryAttempts: 2, maxEventAge: Duration.hours(2) };

/**
 * One function of `lib/events/event-functions.ts`: the function (as a route's, with its own role
 * and log group), a rule on the platform bus for its events, and a dead-letter queue of its own,
 * so a failed event says which consumer it failed in and is replayed to that consumer only.
 */
export class EventFunction extends Construct {
  constructor(scope: Construct, id: string, props: EventFunctionProps) {
    super(scope, id);
    const { definition, config } = props;
    const managesUsagePlanKeys = definition.access.usagePlanKeys === 'manage';
    const planIds = Object.values(props.usagePlanIds);

    const deadLetterQueue = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // The longest SQS keeps a message: time for someone to notice, fix and replay.
      retentionPeriod: Duration.days(14),
      removalPolicy: config.removalPolicy,
    });

    const fn = new PlatformFunction(this, 'Function', {
      bundleId: eventFunctionId(definition),
      group: 'events',
      access: definition.access,
      targets: props.targets,
      extraStatements: managesUsagePlanKeys ? usagePlanKeyStatements(planIds) : [],
      asyncFailures: { ...HANDLER_RETRIES, deadLetterQueue },
      config,
      environment: {
        ...props.environment,
        ...(managesUsagePlanKeys ? { USAGE_PLAN_IDS: Stack.of(this).toJsonString(props.usagePlanIds) } : {}),
      },
    });
    if (managesUsagePlanKeys) {
      for (const planId of planIds) acknowledgeUsagePlanKeysWildcard(fn.role, usagePlanKeyArns(planId));
    }

    new Rule(this, 'Rule', {
      eventBus: props.bus,
      description: definition.summary,
      eventPattern: props.eventPattern,
      targets: [new LambdaTarget(fn.function, { ...DELIVERY_RETRIES, deadLetterQueue })],
    });
  }
}
