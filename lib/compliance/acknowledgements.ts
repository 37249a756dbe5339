import { ArnFormat, Stack, Validations } from 'aws-cdk-lib';
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference';
import type { IConstruct } from 'constructs';

/**
 * Every cdk-nag (AwsSolutions) finding this project accepts, each with its reason, in one place
 * for review. Anything not acknowledged here fails `cdk synth` and the infra tests.
 */

const acknowledge = (scope: IConstruct, id: string, reason: string): void =>
  Validations.of(scope).acknowledge({ id: `AwsSolutions-${id}`, reason });

/** cdk-nag names an IAM5 finding after the resource string as it appears in the template. */
const wildcardResource = (scope: IConstruct, resource: string): string =>
  `IAM5[Resource::${flattenCfnReference(Stack.of(scope).resolve(resource))}]`;

export const acknowledgeLambdaAuthorizer = (method: IConstruct): void =>
  acknowledge(
    method,
    'COG4',
    'Authorized by the platform Lambda REQUEST authorizer by design: it verifies OIDC JWTs ' +
      '(Cognito or an external issuer such as Clerk) and workspace API keys (API.md §1); a Cognito authorizer cannot verify API keys.',
  );

export const acknowledgePublicMethod = (method: IConstruct, why: string): void => {
  const reason = `Public by contract (API.md §2: ${why}); unauthenticated callers are rate-limited per IP by the web ACL.`;
  acknowledge(method, 'APIG4', reason);
  acknowledge(method, 'COG4', reason);
};

export const acknowledgeXRayWildcard = (role: IConstruct): void =>
  acknowledge(
    role,
    'IAM5[Resource::*]',
    'X-Ray PutTraceSegments/PutTelemetryRecords support no resource-level permissions; `*` is the only valid resource.',
  );

export const acknowledgeStreamListing = (role: IConstruct): void =>
  acknowledge(
    role,
    'IAM5[Resource::*]',
    'X-Ray PutTraceSegments/PutTelemetryRecords and DynamoDB ListStreams (which Lambda needs to read a table stream) ' +
      'support no resource-level permissions; `*` is the only valid resource. ' +
      "The stream reads themselves are confined to the table's stream.",
  );

export const acknowledgeStreamFailureQueue = (queue: IConstruct): void =>
  acknowledge(
    queue,
    'SQS3',
    "This queue is the stream's on-failure destination: " +
      'it is where records given up on are recorded (their shard and sequence range), a dead-letter queue itself.',
  );

export const acknowledgeBucketObjectsWildcard = (role: IConstruct, objectsArn: string): void =>
  acknowledge(
    role,
    wildcardResource(role, objectsArn),
    'Objects live under per-workspace prefixes derived at run time from the verified principal; ' +
      "IAM cannot name them statically, so the grant covers the bucket's objects and the handler confines keys to the caller's prefix.",
  );

export const acknowledgeAgentFilesPrefixWildcard = (role: IConstruct, agentFilesArn: string): void =>
  acknowledge(
    role,
    wildcardResource(role, agentFilesArn),
    "The agent-files access role reaches every agent's files/ prefix (ws/*/agents/*/files/*) and nothing else of the bucket; " +
      "each STS session narrows it to one agent's prefix with a session policy, since agents are created at run time.",
  );

export const acknowledgeUsagePlanKeysWildcard = (role: IConstruct, planKeysArn: string): void =>
  acknowledge(
    role,
    wildcardResource(role, planKeysArn),
    "Taking a key off a tier's usage plan (DeleteUsagePlanKey) addresses the key by its id, " +
      "which API Gateway assigns when the key is created at run time; the grant is confined to each tier plan's own keys.",
  );

export const acknowledgeAccessLogBucket = (bucket: IConstruct): void =>
  acknowledge(bucket, 'S1', 'This bucket receives the files bucket server access logs; logging it into itself would loop.');

/** CDK's own handler that writes a bucket's notification configuration (one per stack, created with the first notification). */
export const acknowledgeBucketNotificationsHandler = (bucket: IConstruct): void => {
  const stack = Stack.of(bucket);
  for (const handler of stack.node.children.filter((c) => c.node.id.startsWith('BucketNotificationsHandler'))) {
    acknowledge(
      handler.node.tryFindChild('Role') ?? handler,
      'IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      "CDK's bucket-notifications handler runs once per deployment to turn on the files bucket's EventBridge notifications; " +
        'its only managed policy lets it write its own logs.',
    );
  }
};

export const acknowledgeApiGatewayAccountRole = (role: IConstruct): void =>
  acknowledge(
    role,
    'IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
    "API Gateway's CloudWatch role is one per account and region, shared by every API there; " +
      "AWS's managed policy is the documented one and a narrower inline policy would break other APIs' logging.",
  );

export const acknowledgeUserPoolWithoutRequiredMfa = (userPool: IConstruct): void =>
  acknowledge(
    userPool,
    'COG2',
    'MFA is optional in this environment (configuration: userPool.mfaRequired) for test accounts; production requires it.',
  );

export const acknowledgeUserPoolWithoutPlusPlan = (userPool: IConstruct): void =>
  acknowledge(
    userPool,
    'COG8',
    'Threat protection (Plus feature plan) is billed per active user and enabled where real users sign in ' +
      '(configuration: userPool.plusFeaturePlan).',
  );

export const acknowledgeExecutionsWildcard = (role: IConstruct, executionsArn: string): void =>
  acknowledge(
    role,
    wildcardResource(role, executionsArn),
    "Cancelling stops one run of the execution state machine (StopExecution), addressed by the execution's ARN, " +
      'which exists only once the run starts; the grant is confined to the runs of that one state machine.',
  );

export const acknowledgeSchedulesWildcard = (role: IConstruct, schedulesArn: string): void =>
  acknowledge(
    role,
    wildcardResource(role, schedulesArn),
    "Agents' schedules are named by ids created at run time; the grant is confined to the platform's own schedule group.",
  );

export const acknowledgeFlowFunctionVersions = (role: IConstruct, functionArn: string): void =>
  acknowledge(
    role,
    wildcardResource(role, `${functionArn}:*`),
    "Step Functions' Lambda integration is granted the function and its versions and aliases (CDK's grant for LambdaInvoke); " +
      'the grant names this one task function.',
  );

export const acknowledgeStateMachineServiceWildcards = (role: IConstruct): void =>
  acknowledge(
    role,
    'IAM5[Resource::*]',
    "The state machine's log delivery (logs:CreateLogDelivery and related) " +
      'and X-Ray tracing actions support no resource-level permissions; `*` is the only valid resource.',
  );

/** StepFunctionsStartExecution (`.sync`) grants DescribeExecution/StopExecution on the child state machine's runs, named at run time. */
export const acknowledgeSyncRunWildcards = (role: IConstruct, stateMachineArn: string): void => {
  // The very ARN CDK's StepFunctionsStartExecution grants for a RUN_JOB task.
  const stack = Stack.of(role);
  const name = stack.splitArn(stateMachineArn, ArnFormat.COLON_RESOURCE_NAME).resourceName;
  acknowledge(
    role,
    wildcardResource(
      role,
      stack.formatArn({ service: 'states', resource: 'execution', arnFormat: ArnFormat.COLON_RESOURCE_NAME, resourceName: `${name}*` }),
    ),
    "A graduation's exam tasks run as child runs of the execution flow (startExecution.sync), " +
      "named by execution ids created at run time; the grant (CDK's for the task) is confined to that one state machine's runs.",
  );
};

export const acknowledgeBedrockModels = (role: IConstruct, resources: readonly string[]): void => {
  for (const resource of resources) {
    acknowledge(
      role,
      wildcardResource(role, resource),
      "The grant names each model of the environment's allow-list; " +
        'a cross-region inference profile routes to its foundation model in several regions of its geography, ' +
        'so that model is granted in any region, and nothing else of Bedrock.',
    );
  }
};

export const acknowledgeTargetDeadLetterQueue = (queue: IConstruct): void =>
  acknowledge(
    queue,
    'SQS3',
    "This queue is the dead-letter queue of an EventBridge rule's target; " +
      "cdk-nag only recognises queues named in another queue's or a function's redrive settings.",
  );

export const acknowledgeCursorKeyWithoutRotation = (key: IConstruct): void =>
  acknowledge(
    key,
    'KMS5',
    'An HMAC KMS key cannot rotate automatically (AWS supports rotation for symmetric encryption keys only); ' +
      'it only signs list cursors, which expire with the page they point to, ' +
      'so replacing the key is a deploy that at worst makes open cursors answer 400.',
  );
