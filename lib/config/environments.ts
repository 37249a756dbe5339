import { RemovalPolicy } from 'aws-cdk-lib';
import { MethodLoggingLevel } from 'aws-cdk-lib/aws-apigateway';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { tierModels } from '../../lambdas/domain/tiers';
import { DEFAULT_MAX_OWNED_WORKSPACES } from '../../lambdas/domain/workspaces';
import { type EnvironmentConfig, type EnvironmentName, environmentNames } from './environment-config';

const shared = {
  region: 'eu-west-1',
  // API Gateway answers 504 after 29 s, so a longer function timeout would only burn money.
  functions: { memorySize: 1024, timeoutSeconds: 29 },
  // WAF counts over a 60 s window (its shortest; the minimum limit is 10 per window), so the
  // per-minute figures of API.md apply as written instead of being scaled to 5 minutes.
  waf: { anonymousRequestsPerMinutePerIp: 60, requestsPerMinutePerIp: 3000 },
  identity: undefined,
  // Bedrock is the deployed default (Converse API); an EU cross-region inference profile for eu-west-1.
  defaultModel: { provider: 'bedrock', model: 'eu.amazon.nova-lite-v1:0' },
  models: tierModels,
  maxOwnedWorkspaces: DEFAULT_MAX_OWNED_WORKSPACES,
  // One entry per subscribing bus, e.g. { name: 'billing', accountId: '111122223333', events: ['agent.executed'] }.
  eventConsumers: [],
  // e.g. { 'invoice-tools': ['arn:aws:lambda:eu-west-1:111122223333:function:invoice-tools-lookup'] }
  pluginToolFunctions: {},
} satisfies Partial<EnvironmentConfig>;

const environments: Record<EnvironmentName, EnvironmentConfig> = {
  dev: {
    ...shared,
    name: 'dev',
    removalPolicy: RemovalPolicy.DESTROY,
    table: { pointInTimeRecovery: false, deletionProtection: false },
    bucket: { versioned: false, accessLogRetentionDays: 30 },
    logRetention: RetentionDays.TWO_WEEKS,
    events: { archiveRetentionDays: 7 },
    corsAllowOrigins: ['*'],
    throttling: { rateLimit: 100, burstLimit: 200 },
    executionLogLevel: MethodLoggingLevel.INFO,
    detailedMetrics: false,
    concurrency: { accountLimit: 1000, reservedPerFunction: { authorizer: 50, api: 3, executionTasks: 10, events: 2 } },
    userPool: { mfaRequired: false, plusFeaturePlan: false },
    operations: {
      tracing: false,
      alarms: {
        periodMinutes: 5,
        evaluationPeriods: 3,
        api5xxPercent: 10,
        apiP99LatencyMs: 10000,
        functionErrors: 20,
        functionThrottles: 20,
        executionsEnded: 20,
        tableThrottledRequests: 100,
        webhookFailures: 100,
      },
      alarmEmails: [],
    },
  },
  staging: {
    ...shared,
    name: 'staging',
    removalPolicy: RemovalPolicy.RETAIN,
    table: { pointInTimeRecovery: true, deletionProtection: true },
    bucket: { versioned: true, accessLogRetentionDays: 90 },
    logRetention: RetentionDays.ONE_MONTH,
    events: { archiveRetentionDays: 30 },
    corsAllowOrigins: ['https://staging.app.agent-platform.example'],
    throttling: { rateLimit: 500, burstLimit: 1000 },
    executionLogLevel: MethodLoggingLevel.ERROR,
    detailedMetrics: false,
    concurrency: { accountLimit: 1000, reservedPerFunction: { authorizer: 100, api: 4, executionTasks: 15, events: 5 } },
    userPool: { mfaRequired: true, plusFeaturePlan: false },
    operations: {
      tracing: false,
      alarms: {
        periodMinutes: 5,
        evaluationPeriods: 2,
        api5xxPercent: 5,
        apiP99LatencyMs: 6000,
        functionErrors: 5,
        functionThrottles: 5,
        executionsEnded: 10,
        tableThrottledRequests: 20,
        webhookFailures: 50,
      },
      alarmEmails: ['oncall@agent-platform.example'],
    },
  },
  prod: {
    ...shared,
    name: 'prod',
    removalPolicy: RemovalPolicy.RETAIN,
    table: { pointInTimeRecovery: true, deletionProtection: true },
    bucket: { versioned: true, accessLogRetentionDays: 365 },
    logRetention: RetentionDays.SIX_MONTHS,
    events: { archiveRetentionDays: 365 },
    corsAllowOrigins: ['https://app.agent-platform.example', 'https://agent-platform.example'],
    throttling: { rateLimit: 2000, burstLimit: 5000 },
    executionLogLevel: MethodLoggingLevel.ERROR,
    detailedMetrics: true,
    // Prod runs in an account whose Lambda concurrency quota is raised to 10,000.
    concurrency: { accountLimit: 10000, reservedPerFunction: { authorizer: 1000, api: 50, executionTasks: 100, events: 20 } },
    userPool: { mfaRequired: true, plusFeaturePlan: true },
    operations: {
      // Off: loading the X-Ray SDK costs more cold-init time than the platform's budget allows (README "Operations").
      tracing: false,
      alarms: {
        periodMinutes: 5,
        evaluationPeriods: 1,
        api5xxPercent: 1,
        apiP99LatencyMs: 3000,
        functionErrors: 1,
        functionThrottles: 1,
        executionsEnded: 5,
        tableThrottledRequests: 1,
        webhookFailures: 20,
      },
      alarmEmails: ['oncall@agent-platform.example'],
    },
  },
};

const isEnvironmentName = (name: string): name is EnvironmentName => (environmentNames as readonly string[]).includes(name);

/** The configuration `-c env=<name>` selects; an unknown name stops the app before anything is built. */
export const environmentConfig = (name: string): EnvironmentConfig => {
  if (!isEnvironmentName(name)) {
    throw new Error(`unknown environment "${name}": pass -c env=<${environmentNames.join('|')}>`);
  }
  return environments[name];
};
