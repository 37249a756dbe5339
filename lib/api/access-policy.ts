import { Aws } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Access } from '../../lambdas/http/route';
import { tableDefinition } from '../../lambdas/data/table-definition';

/** The ARNs a function's declared access can reach. */
export interface AccessTargets {
  tableArn: string;
  bucketArn: string;
  eventBusArn: string;
  /** The KMS key that wraps credentials' data keys. */
  credentialsKeyArn: string;
  /** The HMAC KMS key the cursor signing key is derived from (the API stack's). */
  cursorKeyArn?: string;
  /** The role a `scopedAccess: 'assume'` function assumes to grant direct access to agents' files. */
  agentFilesAccessRoleArn?: string;
  /** The execution state machine, and its executions (`…:execution:<state machine name>:*`) that StopExecution addresses. */
  stateMachineArn?: string;
  stateMachineExecutionsArn?: string;
  /** The graduation state machine, and its runs that a cancel stops. */
  graduationStateMachineArn?: string;
  graduationExecutionsArn?: string;
  /** Agents' schedules (`…:schedule/<group>/*`) and the role they start executions with. */
  schedulesArn?: string;
  schedulerRoleArn?: string;
  /** The webhook delivery queue: its ARN for the grant, its URL for the function's environment. */
  deliveryQueueArn?: string;
  deliveryQueueUrl?: string;
}

const TABLE_READ = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem'];
// TransactWriteItems has no IAM action of its own: it is authorized item by item as these.
const TABLE_WRITE = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];
// HeadBucket (the health check) is authorized as ListBucket.
const BUCKET_READ = ['s3:ListBucket'];
const OBJECT_READ = ['s3:GetObject'];
const OBJECT_WRITE = ['s3:PutObject', 's3:DeleteObject', 's3:AbortMultipartUpload'];

/** Objects are addressed by tenant prefixes only known at run time, hence the one wildcard. */
export const bucketObjectsArn = (bucketArn: string): string => `${bucketArn}/*`;

/** The indexes by name, never `index/*`: a new index is a deliberate, reviewed grant. */
const indexArns = (tableArn: string): string[] =>
  tableDefinition.globalIndexes.map((index) => `${tableArn}/index/${index.name}`);

/** Exactly the statements a route line's `access` declares; an empty declaration grants nothing. */
export const accessStatements = (access: Access, targets: AccessTargets): PolicyStatement[] => {
  const statements: PolicyStatement[] = [];
  if (access.table) {
    const actions = access.table === 'write' ? [...TABLE_READ, ...TABLE_WRITE] : TABLE_READ;
    statements.push(new PolicyStatement({ sid: 'Table', actions, resources: [targets.tableArn] }));
    // Only Query reads an index; item actions address the table itself.
    statements.push(new PolicyStatement({ sid: 'TableIndexes', actions: ['dynamodb:Query'], resources: indexArns(targets.tableArn) }));
  }
  if (access.bucket) {
    const objectActions = access.bucket === 'write' ? [...OBJECT_READ, ...OBJECT_WRITE] : OBJECT_READ;
    statements.push(new PolicyStatement({ sid: 'Bucket', actions: BUCKET_READ, resources: [targets.bucketArn] }));
    statements.push(new PolicyStatement({ sid: 'BucketObjects', actions: objectActions, resources: [bucketObjectsArn(targets.bucketArn)] }));
  }
  if (access.secrets) {
    const actions = access.secrets === 'write' ? ['kms:Decrypt', 'kms:GenerateDataKey'] : ['kms:Decrypt'];
    statements.push(new PolicyStatement({ sid: 'CredentialsKey', actions, resources: [targets.credentialsKeyArn] }));
  }
  if (access.cursors === 'sign') {
    if (!targets.cursorKeyArn) throw new Error('a function signs cursors but no cursor key is known');
    statements.push(new PolicyStatement({ sid: 'CursorKey', actions: ['kms:GenerateMac'], resources: [targets.cursorKeyArn] }));
  }
  if (access.scopedAccess === 'assume') {
    if (!targets.agentFilesAccessRoleArn) throw new Error('a route declares scopedAccess but no agent-files access role is known');
    statements.push(new PolicyStatement({ sid: 'AgentFilesAccess', actions: ['sts:AssumeRole'], resources: [targets.agentFilesAccessRoleArn] }));
  }
  if (access.executions) {
    const { stateMachineArn, stateMachineExecutionsArn } = targets;
    if (!stateMachineArn || !stateMachineExecutionsArn) throw new Error('a function declares executions access but no execution state machine is known');
    statements.push(
      ...(access.executions === 'start'
        ? [new PolicyStatement({ sid: 'StartExecutions', actions: ['states:StartExecution'], resources: [stateMachineArn] })]
        : [
            // A cancel stops one run; approve and reject answer a held step's task token, which belongs to the state machine.
            new PolicyStatement({ sid: 'StopExecutions', actions: ['states:StopExecution'], resources: [stateMachineExecutionsArn] }),
            new PolicyStatement({ sid: 'AnswerHeldSteps', actions: ['states:SendTaskSuccess', 'states:SendTaskFailure'], resources: [stateMachineArn] }),
          ]),
    );
  }
  if (access.graduations) {
    const { graduationStateMachineArn, graduationExecutionsArn } = targets;
    if (!graduationStateMachineArn || !graduationExecutionsArn) throw new Error('a function declares graduations access but no graduation state machine is known');
    statements.push(
      access.graduations === 'start'
        ? new PolicyStatement({ sid: 'StartGraduations', actions: ['states:StartExecution'], resources: [graduationStateMachineArn] })
        : new PolicyStatement({ sid: 'StopGraduations', actions: ['states:StopExecution'], resources: [graduationExecutionsArn] }),
    );
  }
  if (access.schedules === 'manage') {
    const { schedulesArn, schedulerRoleArn } = targets;
    if (!schedulesArn || !schedulerRoleArn) throw new Error('a function declares schedules access but no schedule group is known');
    statements.push(
      new PolicyStatement({ sid: 'Schedules', actions: ['scheduler:CreateSchedule', 'scheduler:UpdateSchedule', 'scheduler:DeleteSchedule', 'scheduler:GetSchedule'], resources: [schedulesArn] }),
      new PolicyStatement({ sid: 'PassSchedulerRole', actions: ['iam:PassRole'], resources: [schedulerRoleArn] }),
    );
  }
  if (access.deliveries === 'send') {
    if (!targets.deliveryQueueArn) throw new Error('a function declares deliveries access but no delivery queue is known');
    // SendMessageBatch is authorized as SendMessage.
    statements.push(new PolicyStatement({ sid: 'DeliveryQueue', actions: ['sqs:SendMessage'], resources: [targets.deliveryQueueArn] }));
  }
  if (access.bus === 'publish') {
    statements.push(new PolicyStatement({ sid: 'EventBus', actions: ['events:PutEvents'], resources: [targets.eventBusArn] }));
  }
  return statements;
};

/** API Gateway's management API authorizes a call as its HTTP verb on the resource's path. */
const apiGatewayArn = (path: string): string => `arn:${Aws.PARTITION}:apigateway:${Aws.REGION}::${path}`;

/** Key ids are only known once a key is created, hence the one wildcard, under each plan's own keys. */
export const usagePlanKeyArns = (planId: string): string => apiGatewayArn(`/usageplans/${planId}/keys/*`);

/**
 * Exactly the calls of the usage-key sync: find a key by name (GetApiKeys), create one (CreateApiKey),
 * put it on a plan (CreateUsagePlanKey), take it off one (DeleteUsagePlanKey); only on the tiers' plans.
 */
export const usagePlanKeyStatements = (planIds: readonly string[]): PolicyStatement[] => [
  new PolicyStatement({ sid: 'FindApiKeys', actions: ['apigateway:GET'], resources: [apiGatewayArn('/apikeys')] }),
  new PolicyStatement({ sid: 'CreateApiKeys', actions: ['apigateway:POST'], resources: [apiGatewayArn('/apikeys')] }),
  new PolicyStatement({ sid: 'AttachKeysToPlans', actions: ['apigateway:POST'], resources: planIds.map((id) => apiGatewayArn(`/usageplans/${id}/keys`)) }),
  new PolicyStatement({ sid: 'DetachKeysFromPlans', actions: ['apigateway:DELETE'], resources: planIds.map(usagePlanKeyArns) }),
];

/** What every function needs whatever its route: its own log group, and X-Ray. */
export const runtimeStatements = (logGroupArn: string): PolicyStatement[] => [
  new PolicyStatement({ sid: 'Logs', actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroupArn] }),
  // X-Ray's segment APIs have no resource-level permissions: `*` is the only valid resource.
  new PolicyStatement({ sid: 'Tracing', actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], resources: ['*'] }),
];
