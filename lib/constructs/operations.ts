import { Duration } from 'aws-cdk-lib';
import type { RestApi } from 'aws-cdk-lib/aws-apigateway';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  MathExpression,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { type ITableV2, Operation } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import type { BusinessMetric } from '../../lambdas/shared/observability';
import type { EnvironmentConfig, FunctionGroup } from '../config/environment-config';
import { functionGroups } from '../config/environment-config';
import { metricsNamespace } from './platform-function';

export interface OperationsProps {
  config: EnvironmentConfig;
  api: RestApi;
  stageName: string;
  /** Every function, by the group its reserved concurrency comes from. */
  functions: readonly { group: FunctionGroup; function: IFunction }[];
  /** The function that keeps usage keys on their tiers' plans: a failure leaves a workspace on the wrong plan. */
  usageKeySync: IFunction;
  /** Every dead-letter and on-failure queue: a message there is work the platform gave up on. */
  deadLetterQueues: readonly { name: string; queue: IQueue }[];
  stateMachine: IStateMachine;
  table: ITableV2;
}

/** CloudWatch takes at most 10 metrics in an alarm's math expression. */
const MAX_METRICS_PER_ALARM = 10;

/** The operations the data layer issues (lambdas/data): ten, an alarm's limit. */
const TABLE_OPERATIONS = [
  Operation.GET_ITEM,
  Operation.BATCH_GET_ITEM,
  Operation.QUERY,
  Operation.SCAN,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.DELETE_ITEM,
  Operation.BATCH_WRITE_ITEM,
  Operation.TRANSACT_WRITE_ITEMS,
  Operation.TRANSACT_GET_ITEMS,
];

const GROUP_TITLES: Record<FunctionGroup, string> = {
  api: 'API routes',
  authorizer: 'authorizer',
  executionTasks: 'execution tasks',
  events: 'event functions',
};

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * An environment's alarms, the topic they notify and its dashboard (README "Operate it"). Thresholds
 * come from `config.operations.alarms`; queues and DynamoDB system errors alarm on any at all.
 */
export class Operations extends Construct {
  readonly topic: Topic;
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: OperationsProps) {
    super(scope, id);
    const { config } = props;
    const thresholds = config.operations.alarms;
    const period = Duration.minutes(thresholds.periodMinutes);

    // CloudWatch publishes to an encrypted topic only with a customer managed key that lets it use the key.
    const key = new Key(this, 'TopicKey', {
      enableKeyRotation: true,
      removalPolicy: config.removalPolicy,
      description: `agent-platform ${config.name} alarm topic`,
    });
    key.addToResourcePolicy(
      new PolicyStatement({
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        resources: ['*'],
      }),
    );
    this.topic = new Topic(this, 'AlarmTopic', { displayName: `agent-platform ${config.name} alarms`, masterKey: key, enforceSSL: true });
    for (const email of config.operations.alarmEmails) this.topic.addSubscription(new EmailSubscription(email));
    const action = new SnsAction(this.topic);

    const alarms: Alarm[] = [];
    const alarm = (
      alarmId: string,
      description: string,
      metric: IMetric,
      threshold: number,
      evaluationPeriods = thresholds.evaluationPeriods,
    ): Alarm => {
      const created = new Alarm(this, alarmId, {
        alarmDescription: description,
        metric,
        threshold,
        evaluationPeriods,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(action);
      created.addOkAction(action);
      alarms.push(created);
      return created;
    };

    const apiDimensions = { ApiName: props.api.restApiName, Stage: props.stageName };
    const api5xx = new Metric({
      namespace: 'AWS/ApiGateway',
      metricName: '5XXError',
      dimensionsMap: apiDimensions,
      statistic: 'Average',
      period,
    });
    const apiLatency = new Metric({
      namespace: 'AWS/ApiGateway',
      metricName: 'Latency',
      dimensionsMap: apiDimensions,
      statistic: 'p99',
      period,
    });
    // `5XXError` averages to the fraction of requests answered 5xx.
    alarm('Api5xxRate', `API answers 5xx above ${thresholds.api5xxPercent}% of requests`, api5xx, thresholds.api5xxPercent / 100);
    alarm('ApiP99Latency', `API p99 latency above ${thresholds.apiP99LatencyMs} ms`, apiLatency, thresholds.apiP99LatencyMs);

    const groupMetrics: Record<string, IMetric[]> = {};
    for (const group of functionGroups) {
      const members = props.functions.filter((f) => f.group === group).map((f) => f.function);
      for (const [metricName, threshold] of [
        ['Errors', thresholds.functionErrors],
        ['Throttles', thresholds.functionThrottles],
      ] as const) {
        chunks(members, MAX_METRICS_PER_ALARM).forEach((part, index) => {
          // Ids unique across groups: the dashboard draws every group's sums in one graph.
          const ids = part.map((_, i) => `${group.toLowerCase()}_${index}_${i}`);
          const sum = new MathExpression({
            expression: ids.join(' + '),
            usingMetrics: Object.fromEntries(part.map((f, i) => [ids[i], f.metric(metricName, { statistic: 'Sum', period })])),
            label: `${GROUP_TITLES[group]} ${metricName.toLowerCase()}`,
            period,
          });
          (groupMetrics[metricName] ??= []).push(sum);
          const partOf =
            members.length > MAX_METRICS_PER_ALARM
              ? ` (functions ${index * MAX_METRICS_PER_ALARM + 1}–${index * MAX_METRICS_PER_ALARM + part.length} of ${members.length})`
              : '';
          alarm(
            `${group}${metricName}${index}`,
            `Lambda ${metricName.toLowerCase()} of the ${GROUP_TITLES[group]}${partOf} above ${threshold}`,
            sum,
            threshold,
          );
        });
      }
    }

    alarm(
      'UsageKeySyncFailures',
      'The usage-key function failed: a workspace may be metered on the wrong tier',
      props.usageKeySync.metricErrors({ statistic: 'Sum', period }),
      0,
      1,
    );

    const queueDepths = props.deadLetterQueues.map(({ name, queue }) => {
      const depth = queue.metricApproximateNumberOfMessagesVisible({ statistic: 'Maximum', period, label: name });
      alarm(`DeadLetters-${name.replace(/[^A-Za-z0-9-]/g, '-')}`, `Messages wait in ${name}: work the platform gave up on`, depth, 0, 1);
      return depth;
    });

    const ended = [
      ['ExecutionsFailed', props.stateMachine.metricFailed({ statistic: 'Sum', period }), 'failed'],
      ['ExecutionsTimedOut', props.stateMachine.metricTimedOut({ statistic: 'Sum', period }), 'timed out'],
      ['ExecutionsAborted', props.stateMachine.metricAborted({ statistic: 'Sum', period }), 'aborted'],
    ] as const;
    for (const [alarmId, metric, what] of ended)
      alarm(alarmId, `Runs of the execution state machine ${what} above ${thresholds.executionsEnded}`, metric, thresholds.executionsEnded);

    const throttled = props.table.metricThrottledRequestsForOperations({ operations: TABLE_OPERATIONS, statistic: 'Sum', period });
    const systemErrors = props.table.metricSystemErrorsForOperations({ operations: TABLE_OPERATIONS, statistic: 'Sum', period });
    alarm(
      'TableThrottledRequests',
      `DynamoDB requests throttled above ${thresholds.tableThrottledRequests}`,
      throttled,
      thresholds.tableThrottledRequests,
    );
    alarm('TableSystemErrors', 'DynamoDB answered with system errors', systemErrors, 0, 1);

    const business = (name: BusinessMetric): Metric =>
      new Metric({
        namespace: metricsNamespace(config),
        metricName: name,
        dimensionsMap: { service: 'agent-platform' },
        statistic: 'Sum',
        period,
      });
    alarm(
      'WebhookFailures',
      `Webhook attempts that did not deliver above ${thresholds.webhookFailures}`,
      business('WebhookFailed'),
      thresholds.webhookFailures,
    );

    this.dashboard = new Dashboard(this, 'Dashboard', { dashboardName: `agent-platform-${config.name}` });
    const graph = (title: string, left: IMetric[], width = 8) => new GraphWidget({ title, left, width, height: 6 });
    this.dashboard.addWidgets(new AlarmStatusWidget({ title: 'Alarms', alarms, width: 24, height: 4 }));
    this.dashboard.addWidgets(
      graph('API 5xx (fraction of requests)', [api5xx]),
      graph('API p99 latency (ms)', [apiLatency]),
      graph('Webhook attempts', [business('WebhookDelivered'), business('WebhookFailed')]),
    );
    this.dashboard.addWidgets(
      graph('Lambda errors by group', groupMetrics.Errors ?? [], 12),
      graph('Lambda throttles by group', groupMetrics.Throttles ?? [], 12),
    );
    this.dashboard.addWidgets(
      graph('Executions', [
        business('ExecutionStarted'),
        business('ExecutionSucceeded'),
        business('ExecutionFailed'),
        business('ApprovalWaited'),
      ]),
      graph(
        'Executions ended abnormally',
        ended.map(([, metric]) => metric),
      ),
      graph('Dead-letter and on-failure queues', queueDepths),
    );
    // Apart: both sums name their per-operation metrics alike, and one graph takes each id once.
    this.dashboard.addWidgets(
      graph('DynamoDB throttled requests', [throttled], 6),
      graph('DynamoDB system errors', [systemErrors], 6),
      graph('Refusals and replays', [business('RateLimited'), business('QuotaExceeded'), business('IdempotentReplay')], 6),
      graph('Agents created', [business('AgentCreated')], 6),
    );
  }
}
