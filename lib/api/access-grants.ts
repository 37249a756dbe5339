import type { Access } from '../../lambdas/shared/route';
import { tableDefinition } from '../../lambdas/data/table-definition';

/**
 * What a declared `access` grants, as plain data: the IAM statements CDK writes into each function's
 * role (access-policy.ts) and the local runtime's check of every SDK call a handler makes
 * (local/iam.ts) come from this one function, so the two cannot disagree.
 */

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

/** One IAM statement: its sid, actions and resources (an ARN ending in `*` covers every ARN it prefixes). */
export interface Grant {
  sid: string;
  actions: string[];
  resources: string[];
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
const indexArns = (tableArn: string): string[] => tableDefinition.globalIndexes.map((index) => `${tableArn}/index/${index.name}`);

const executionGrants = (access: Access, targets: AccessTargets): Grant[] => {
  const { stateMachineArn, stateMachineExecutionsArn } = targets;
  if (!stateMachineArn || !stateMachineExecutionsArn)
    throw new Error('a function declares executions access but no execution state machine is known');
  if (access.executions === 'start') return [{ sid: 'StartExecutions', actions: ['states:StartExecution'], resources: [stateMachineArn] }];
  return [
    // A cancel stops one run; approve and reject answer a held step's task token, which belongs to the state machine.
    { sid: 'StopExecutions', actions: ['states:StopExecution'], resources: [stateMachineExecutionsArn] },
    { sid: 'AnswerHeldSteps', actions: ['states:SendTaskSuccess', 'states:SendTaskFailure'], resources: [stateMachineArn] },
  ];
};

const graduationGrants = (access: Access, targets: AccessTargets): Grant[] => {
  const { graduationStateMachineArn, graduationExecutionsArn } = targets;
  if (!graduationStateMachineArn || !graduationExecutionsArn)
    throw new Error('a function declares graduations access but no graduation state machine is known');
  return access.graduations === 'start'
    ? [{ sid: 'StartGraduations', actions: ['states:StartExecution'], resources: [graduationStateMachineArn] }]
    : [{ sid: 'StopGraduations', actions: ['states:StopExecution'], resources: [graduationExecutionsArn] }];
};

/** Exactly what a route line's `access` declares; an empty declaration grants nothing. */
export const accessGrants = (access: Access, targets: AccessTargets): Grant[] => {
  const grants: Grant[] = [];
  if (access.table) {
    const actions = access.table === 'write' ? [...TABLE_READ, ...TABLE_WRITE] : TABLE_READ;
    grants.push({ sid: 'Table', actions, resources: [targets.tableArn] });
    // Only Query reads an index; item actions address the table itself.
    grants.push({ sid: 'TableIndexes', actions: ['dynamodb:Query'], resources: indexArns(targets.tableArn) });
  }
  if (access.bucket) {
    const objectActions = access.bucket === 'write' ? [...OBJECT_READ, ...OBJECT_WRITE] : OBJECT_READ;
    grants.push({ sid: 'Bucket', actions: BUCKET_READ, resources: [targets.bucketArn] });
    grants.push({ sid: 'BucketObjects', actions: objectActions, resources: [bucketObjectsArn(targets.bucketArn)] });
  }
  if (access.secrets) {
    const actions = access.secrets === 'write' ? ['kms:Decrypt', 'kms:GenerateDataKey'] : ['kms:Decrypt'];
    grants.push({ sid: 'CredentialsKey', actions, resources: [targets.credentialsKeyArn] });
  }
  if (access.cursors === 'sign') {
    if (!targets.cursorKeyArn) throw new Error('a function signs cursors but no cursor key is known');
    grants.push({ sid: 'CursorKey', actions: ['kms:GenerateMac'], resources: [targets.cursorKeyArn] });
  }
  if (access.scopedAccess === 'assume') {
    if (!targets.agentFilesAccessRoleArn) throw new Error('a route declares scopedAccess but no agent-files access role is known');
    grants.push({ sid: 'AgentFilesAccess', actions: ['sts:AssumeRole'], resources: [targets.agentFilesAccessRoleArn] });
  }
  if (access.executions) grants.push(...executionGrants(access, targets));
  if (access.graduations) grants.push(...graduationGrants(access, targets));
  if (access.schedules === 'manage') {
    const { schedulesArn, schedulerRoleArn } = targets;
    if (!schedulesArn || !schedulerRoleArn) throw new Error('a function declares schedules access but no schedule group is known');
    grants.push(
      {
        sid: 'Schedules',
        actions: ['scheduler:CreateSchedule', 'scheduler:UpdateSchedule', 'scheduler:DeleteSchedule', 'scheduler:GetSchedule'],
        resources: [schedulesArn],
      },
      { sid: 'PassSchedulerRole', actions: ['iam:PassRole'], resources: [schedulerRoleArn] },
    );
  }
  if (access.deliveries === 'send') {
    if (!targets.deliveryQueueArn) throw new Error('a function declares deliveries access but no delivery queue is known');
    // SendMessageBatch is authorized as SendMessage.
    grants.push({ sid: 'DeliveryQueue', actions: ['sqs:SendMessage'], resources: [targets.deliveryQueueArn] });
  }
  if (access.bus === 'publish') grants.push({ sid: 'EventBus', actions: ['events:PutEvents'], resources: [targets.eventBusArn] });
  return grants;
};

/** The authorizer's own declaration: it reads members, workspaces and API keys, and writes request counters and keys' last use. */
export const AUTHORIZER_ACCESS: Access = { table: 'write' };
