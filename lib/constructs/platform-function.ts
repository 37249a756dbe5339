import { existsSync } from 'node:fs';
import { Duration } from 'aws-cdk-lib';
import { PolicyDocument, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, Function as LambdaFunction, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { Access } from '../../lambdas/shared/route';
import { type AccessTargets, bucketObjectsArn } from '../api/access-grants';
import { accessStatements, runtimeStatements } from '../api/access-policy';
import { bundleDir, FUNCTION_NODE_OPTIONS } from '../build/function-bundles';
import { acknowledgeBucketObjectsWildcard, acknowledgeXRayWildcard } from '../compliance/acknowledgements';
import type { EnvironmentConfig, FunctionGroup } from '../config/environment-config';
import { AgentFilesAccessRole } from './agent-files-access-role';

/**
 * How Lambda retries an asynchronous invocation (an EventBridge event) whose handler failed, and
 * where the event goes when it gives up. Named as `lambda.Function`'s own props, which receive them.
 */
export interface AsyncFailureHandling {
  retryAttempts: number;
  maxEventAge: Duration;
  deadLetterQueue: IQueue;
}

export interface PlatformFunctionProps {
  /** Bundle directory under `dist/functions` (a route id, `authorizer`, or an event function id). */
  bundleId: string;
  /** Decides its reserved concurrency (EnvironmentConfig.concurrency). */
  group: FunctionGroup;
  access: Access;
  targets: AccessTargets;
  /** Grants `access` cannot express (an event function's API Gateway calls), in the same inline policy. */
  extraStatements?: readonly PolicyStatement[];
  asyncFailures?: AsyncFailureHandling;
  environment: Record<string, string>;
  config: EnvironmentConfig;
}

/** Where a function's metrics go, and whether it traces its SDK calls (lambdas/shared/observability.ts). */
export const metricsNamespace = (config: EnvironmentConfig): string => `AgentPlatform/${config.name}`;

const observabilityEnvironment = (config: EnvironmentConfig): Record<string, string> => ({
  METRICS_NAMESPACE: metricsNamespace(config),
  ...(config.operations.tracing ? { TRACING: 'active' } : {}),
});

const bundleCode = (bundleId: string): Code => {
  const dir = bundleDir(bundleId);
  if (!existsSync(dir)) throw new Error(`no bundle at ${dir}: run \`npm run build\` (or synth without SKIP_BUNDLE)`);
  return Code.fromAsset(dir);
};

/**
 * One function with its own log group and its own role, whose single inline policy grants exactly
 * the declared access plus logging and tracing, and any extra or dead-letter statements (no managed
 * policy, no separate IAM::Policy).
 */
export class PlatformFunction extends Construct {
  readonly function: LambdaFunction;
  readonly bundleId: string;
  /** Which group's alarms watch it (lib/constructs/operations.ts). */
  readonly group: FunctionGroup;
  /** Where acknowledgements of its grants' findings go. */
  readonly role: Role;

  constructor(scope: Construct, id: string, props: PlatformFunctionProps) {
    super(scope, id);
    const { config, asyncFailures } = props;
    this.bundleId = props.bundleId;
    this.group = props.group;
    const logGroup = new LogGroup(this, 'Logs', { retention: config.logRetention, removalPolicy: config.removalPolicy });
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      inlinePolicies: {
        access: new PolicyDocument({
          statements: [
            ...runtimeStatements(logGroup.logGroupArn),
            ...accessStatements(props.access, props.targets),
            ...(props.extraStatements ?? []),
            // The dead-letter queue is written with the function's role; CDK's own grant would be dropped (see below).
            ...(asyncFailures
              ? [
                  new PolicyStatement({
                    sid: 'DeadLetterQueue',
                    actions: ['sqs:SendMessage'],
                    resources: [asyncFailures.deadLetterQueue.queueArn],
                  }),
                ]
              : []),
          ],
        }),
      },
    });
    acknowledgeXRayWildcard(this.role);
    if (props.access.bucket) acknowledgeBucketObjectsWildcard(this.role, bucketObjectsArn(props.targets.bucketArn));
    // The role this function hands out sessions of trusts this function's role alone.
    const filesAccess = props.access.scopedAccess
      ? new AgentFilesAccessRole(this, 'AgentFilesAccess', { env: config.name, trustedRole: this.role, bucketArn: props.targets.bucketArn })
      : undefined;

    this.function = new LambdaFunction(this, 'Function', {
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      code: bundleCode(props.bundleId),
      handler: 'index.handler',
      memorySize: config.functions.memorySize,
      timeout: Duration.seconds(config.functions.timeoutSeconds),
      reservedConcurrentExecutions: config.concurrency.reservedPerFunction[props.group],
      // Tracing and the dead-letter queue would add grants to a separate default policy; they are in the inline one already.
      role: this.role.withoutPolicyUpdates(),
      logGroup,
      tracing: config.operations.tracing ? Tracing.ACTIVE : Tracing.PASS_THROUGH,
      environment: {
        ...props.environment,
        // Only functions that handle secrets learn which key wraps them.
        ...(props.access.secrets ? { CREDENTIALS_KEY_ID: props.targets.credentialsKeyArn } : {}),
        ...(props.access.cursors && props.targets.cursorKeyArn ? { CURSOR_KEY_ID: props.targets.cursorKeyArn } : {}),
        ...(filesAccess && props.targets.agentFilesAccessRoleArn
          ? { AGENT_FILES_ACCESS_ROLE_ARN: props.targets.agentFilesAccessRoleArn }
          : {}),
        ...(props.access.deliveries && props.targets.deliveryQueueUrl
          ? { WEBHOOK_DELIVERY_QUEUE_URL: props.targets.deliveryQueueUrl }
          : {}),
        NODE_OPTIONS: FUNCTION_NODE_OPTIONS,
        ...observabilityEnvironment(config),
      },
      ...asyncFailures,
    });
    if (filesAccess) this.function.node.addDependency(filesAccess);
  }
}
