import type { RemovalPolicy } from 'aws-cdk-lib';
import type { MethodLoggingLevel } from 'aws-cdk-lib/aws-apigateway';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ModelAllowList } from '../../lambdas/domain/tiers';
import type { PlatformEvent } from '../../lambdas/shared/event-types';

export const environmentNames = ['dev', 'staging', 'prod'] as const;
/** Lambda functions by what they serve; each group has its own reserved concurrency. */
export const functionGroups = ['authorizer', 'api', 'executionTasks', 'events'] as const;
export type FunctionGroup = (typeof functionGroups)[number];
export type EnvironmentName = (typeof environmentNames)[number];

/** An OIDC issuer outside AWS (Clerk, Auth0…); without one the Api stack creates a Cognito user pool. */
export interface ExternalIdentityProvider {
  issuer: string;
  audience: string;
  /** Defaults to `<issuer>/.well-known/jwks.json` (the authorizer's own default). */
  jwksUri?: string;
}

/**
 * Another system's event bus that receives the platform's events (README "Events"): a rule on the
 * platform bus forwards the listed events to it. `accountId` means that account's `default` bus
 * in the environment's region; `busArn` names any bus. lib/config/event-consumers.ts validates it.
 */
export interface EventConsumer {
  /** Unique in the environment; names the rule and its dead-letter queue. */
  name: string;
  accountId?: string;
  busArn?: string;
  /** Public event names, or `['*']` for every public event. */
  events: readonly (PlatformEvent | '*')[];
}

/**
 * When an alarm fires (README "Operations"). Each is judged over `periodMinutes`, and must hold for
 * `evaluationPeriods` periods in a row. Dead-letter queues and DynamoDB system errors alarm on any.
 */
export interface AlarmThresholds {
  periodMinutes: number;
  evaluationPeriods: number;
  /** API answers 5xx, as a percentage of its requests. */
  api5xxPercent: number;
  /** The API's p99 latency (API Gateway's `Latency`), in milliseconds. */
  apiP99LatencyMs: number;
  /** Lambda errors, summed over a function group (API routes, authorizer, execution tasks, event functions). */
  functionErrors: number;
  /** Lambda throttles, summed over a function group. */
  functionThrottles: number;
  /** Runs of the execution state machine that failed, timed out or were aborted (each its own alarm). */
  executionsEnded: number;
  /** DynamoDB requests throttled on the table. */
  tableThrottledRequests: number;
  /** Webhook attempts that did not deliver (`WebhookFailed`). */
  webhookFailures: number;
}

/** Everything that differs between environments, as data: stacks read it, never `env === 'prod'`. */
export interface EnvironmentConfig {
  name: EnvironmentName;
  /**
   * The environment's region. Deliberately not taken from the caller's AWS profile, so a
   * `cdk deploy -c env=prod` from a laptop set to another region cannot put prod elsewhere.
   */
  region: string;
  /** Stateful resources (table, buckets, key, user pool, log groups): RETAIN outside dev. */
  removalPolicy: RemovalPolicy;
  table: { pointInTimeRecovery: boolean; deletionProtection: boolean };
  bucket: { versioned: boolean; accessLogRetentionDays: number };
  logRetention: RetentionDays;
  /** How long the bus archive keeps every event for replay. */
  events: { archiveRetentionDays: number };
  /** Buses in other accounts (or this one) that receive the platform's events; usually none in dev. */
  eventConsumers: readonly EventConsumer[];
  /**
   * The registry of Lambda functions plugin tools may run on, by plugin name: a manifest may name a
   * function ARN only when it is registered here for that plugin, and the execution role may invoke
   * only these functions. Maintained by the operator; empty means no plugin tool runs on Lambda.
   */
  pluginToolFunctions: Readonly<Record<string, readonly string[]>>;
  /** Browser origins allowed to call the API; `['*']` or an explicit list (never both). */
  corsAllowOrigins: readonly string[];
  /** Stage-wide defaults; the tier table's usage plans narrow them per workspace. */
  throttling: { rateLimit: number; burstLimit: number };
  /** API Gateway execution logs (`ERROR` or `INFO`); never data traces, which would log tokens. */
  executionLogLevel: MethodLoggingLevel;
  /** Per-method CloudWatch metrics, billed as custom metrics (~7 per method): worth it where users are. */
  detailedMetrics: boolean;
  waf: {
    /** API.md §1: the per-IP limit on requests without credentials (default 60/min). */
    anonymousRequestsPerMinutePerIp: number;
    /** A ceiling for any caller, so junk credentials cannot flood the authorizer or exhaust the stage throttle. */
    requestsPerMinutePerIp: number;
  };
  functions: { memorySize: number; timeoutSeconds: number };
  /**
   * Reserved concurrency of each function of a group: a ceiling for that function and a floor no other
   * function can take, so a flooded route cannot starve the authorizer. The sum over all functions must
   * leave Lambda's 100 unreserved executions within the account's concurrency limit.
   */
  concurrency: { accountLimit: number; reservedPerFunction: Record<FunctionGroup, number> };
  /** The model new agents get when neither the request nor the workspace's `default_llm` names one. */
  defaultModel: { provider: 'bedrock' | 'openai-compatible' | 'local'; model: string };
  /**
   * The models each tier may run, by provider: checked on agent writes and model turns;
   * the model-turn role may invoke exactly its Bedrock ones.
   */
  models: ModelAllowList;
  /** How many workspaces one user may create and own at a time (issue 12; default 5). */
  maxOwnedWorkspaces: number;
  identity: ExternalIdentityProvider | undefined;
  operations: {
    /**
     * X-Ray: active tracing of every function and of its SDK calls (`TRACING=active`); otherwise
     * functions pass through traces API Gateway sampled. Loading the X-Ray SDK lengthens cold starts (README "Operations").
     */
    tracing: boolean;
    alarms: AlarmThresholds;
    /** Who the environment's alarm topic emails (each confirms the subscription once). */
    alarmEmails: readonly string[];
  };
  /** Only read when `identity` is absent and the stack creates its own user pool. */
  userPool: { mfaRequired: boolean; plusFeaturePlan: boolean };
}
