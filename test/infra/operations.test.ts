import { Match } from 'aws-cdk-lib/assertions';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { environmentConfig } from '../../lib/config/environments';
import { functionGroups } from '../../lib/config/environment-config';
import { PlatformFunction } from '../../lib/constructs/platform-function';
import { lazily, synthPlatform, templateOf } from '../support/infra-platform';

const prod = lazily(() => synthPlatform('prod'));
const thresholds = environmentConfig('prod').operations.alarms;

type Resource = { Properties: Record<string, unknown> };
const alarms = () => Object.values(templateOf(prod().operations).findResources('AWS::CloudWatch::Alarm')) as Resource[];
const alarmsOn = (metricName: string) => alarms().filter((a) => JSON.stringify(a.Properties).includes(`"MetricName":"${metricName}"`));

describe('the prod operations stack', () => {
  it('notifies an encrypted topic, subscribed by the configured addresses, on alarm and on recovery', () => {
    const template = templateOf(prod().operations);
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    for (const email of environmentConfig('prod').operations.alarmEmails) {
      template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: email });
    }
    for (const alarm of alarms()) {
      expect(alarm.Properties).toMatchObject({ AlarmActions: [expect.anything()], OKActions: [expect.anything()] });
    }
  });

  it('alarms on the API 5xx rate and p99 latency at the configured thresholds', () => {
    expect(alarmsOn('5XXError')).toEqual([
      expect.objectContaining({ Properties: expect.objectContaining({ Statistic: 'Average', Threshold: thresholds.api5xxPercent / 100 }) }),
    ]);
    expect(alarmsOn('Latency')).toEqual([
      expect.objectContaining({ Properties: expect.objectContaining({ ExtendedStatistic: 'p99', Threshold: thresholds.apiP99LatencyMs }) }),
    ]);
  });

  it('alarms on Lambda errors and throttles of every function, summed by group', () => {
    const platform = prod();
    const functions = [platform.data, platform.events, platform.api, platform.executions]
      .flatMap((s) => s.node.findAll())
      .filter((c) => c instanceof PlatformFunction);
    for (const [metricName, threshold] of [
      ['Errors', thresholds.functionErrors],
      ['Throttles', thresholds.functionThrottles],
    ] as const) {
      const summed = alarmsOn(metricName).filter((a) => a.Properties.Metrics && a.Properties.Threshold === threshold);
      const watched = summed.flatMap((a) => (a.Properties.Metrics as { MetricStat?: unknown }[]).filter((m) => m.MetricStat));
      expect(watched).toHaveLength(functions.length);
    }
    const titles = { api: 'API routes', authorizer: 'authorizer', executionTasks: 'execution tasks', events: 'event functions' };
    for (const group of functionGroups) {
      for (const metricName of ['errors', 'throttles']) {
        expect(alarms().some((a) => String(a.Properties.AlarmDescription).startsWith(`Lambda ${metricName} of the ${titles[group]}`))).toBe(
          true,
        );
      }
    }
  });

  it('alarms on any message in every dead-letter and on-failure queue', () => {
    const platform = prod();
    const queues = [platform.events, platform.api, platform.executions].flatMap((s) => s.node.findAll()).filter((c) => c instanceof Queue);
    const deadLetters = queues.filter((q) => /DeadLetters$/.test(q.node.id) || q.node.id === 'Failures');
    expect(deadLetters.length).toBeGreaterThanOrEqual(7);
    const depthAlarms = alarmsOn('ApproximateNumberOfMessagesVisible');
    expect(depthAlarms).toHaveLength(deadLetters.length);
    for (const alarm of depthAlarms) {
      expect(alarm.Properties).toMatchObject({ Threshold: 0, ComparisonOperator: 'GreaterThanThreshold' });
      // Labelled for the dashboard, the metric is rendered as a metric stat.
      expect(JSON.stringify(alarm.Properties)).toContain('"Stat":"Maximum"');
    }
  });

  it('alarms on runs that failed, timed out or were aborted', () => {
    for (const metricName of ['ExecutionsFailed', 'ExecutionsTimedOut', 'ExecutionsAborted']) {
      expect(alarmsOn(metricName)).toEqual([
        expect.objectContaining({
          Properties: expect.objectContaining({ Namespace: 'AWS/States', Threshold: thresholds.executionsEnded }),
        }),
      ]);
    }
  });

  it('alarms on DynamoDB throttled requests and on any system error', () => {
    expect(alarmsOn('ThrottledRequests')).toEqual([
      expect.objectContaining({ Properties: expect.objectContaining({ Threshold: thresholds.tableThrottledRequests }) }),
    ]);
    expect(alarmsOn('SystemErrors')).toEqual([expect.objectContaining({ Properties: expect.objectContaining({ Threshold: 0 }) })]);
  });

  it('alarms on any failure of the usage-key sync, and on failing webhook attempts from the WebhookFailed metric', () => {
    const usageKeys = alarms().filter((a) => String(a.Properties.AlarmDescription).startsWith('The usage-key function failed'));
    expect(usageKeys).toEqual([
      expect.objectContaining({ Properties: expect.objectContaining({ MetricName: 'Errors', Namespace: 'AWS/Lambda', Threshold: 0 }) }),
    ]);
    expect(alarmsOn('WebhookFailed')).toEqual([
      expect.objectContaining({
        Properties: expect.objectContaining({ Namespace: 'AgentPlatform/prod', Statistic: 'Sum', Threshold: thresholds.webhookFailures }),
      }),
    ]);
  });

  it('draws the dashboard of the environment', () => {
    const [dashboard] = Object.values(templateOf(prod().operations).findResources('AWS::CloudWatch::Dashboard')) as Resource[];
    expect(dashboard?.Properties.DashboardName).toBe('agent-platform-prod');
    const body = JSON.stringify(dashboard?.Properties.DashboardBody);
    for (const figure of [
      '5XXError',
      'Latency',
      'Throttles',
      'ApproximateNumberOfMessagesVisible',
      'ExecutionsFailed',
      'ThrottledRequests',
      'WebhookFailed',
      'ExecutionStarted',
    ]) {
      expect(body).toContain(figure);
    }
  });

  it('passes cdk-nag', () => {
    expect(prod().violations).toEqual([]);
  });
});

describe('alarm thresholds', () => {
  it('are stricter in prod than in dev', () => {
    const dev = environmentConfig('dev').operations.alarms;
    for (const [name, value] of Object.entries(thresholds)) {
      if (name === 'periodMinutes') continue;
      expect({ name, prod: value <= dev[name as keyof typeof dev] }).toEqual({ name, prod: true });
    }
    expect(Object.entries(thresholds).some(([name, value]) => name !== 'periodMinutes' && value < dev[name as keyof typeof dev])).toBe(
      true,
    );
  });
});
