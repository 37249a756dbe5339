import type { SdkCall } from '../lambdas/shared/sdk-calls';

/**
 * What IAM checks for one SDK call: each action and the resource it is asked on, as AWS documents
 * them per service (a TransactWriteItems is authorized item by item, a HeadObject as GetObject, a
 * SendMessageBatch as SendMessage…). Calls to services that `access` does not describe (Bedrock,
 * plugin functions, API Gateway's management API) need nothing here.
 */

export interface Permission {
  action: string;
  resource: string;
}

export const LOCAL_ACCOUNT = '000000000000';
export const LOCAL_REGION = 'us-east-1';

/** The local stand-ins of the two KMS keys, which the local runtime answers without KMS. */
export const LOCAL_CREDENTIALS_KEY_ARN = `arn:aws:kms:${LOCAL_REGION}:${LOCAL_ACCOUNT}:key/local-credentials`;
export const LOCAL_CURSOR_KEY_ARN = `arn:aws:kms:${LOCAL_REGION}:${LOCAL_ACCOUNT}:key/local-cursor`;

type Input = Record<string, unknown>;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const records = (value: unknown): Input[] => (Array.isArray(value) ? (value as Input[]) : []);
const keysOf = (value: unknown): string[] => (value && typeof value === 'object' ? Object.keys(value) : []);

export const tableArn = (name: string): string => `arn:aws:dynamodb:${LOCAL_REGION}:${LOCAL_ACCOUNT}:table/${name}`;
export const bucketArn = (name: string): string => `arn:aws:s3:::${name}`;
export const busArn = (name: string): string => `arn:aws:events:${LOCAL_REGION}:${LOCAL_ACCOUNT}:event-bus/${name}`;
export const queueArn = (name: string): string => `arn:aws:sqs:${LOCAL_REGION}:${LOCAL_ACCOUNT}:${name}`;
export const scheduleArn = (group: string, name: string): string =>
  `arn:aws:scheduler:${LOCAL_REGION}:${LOCAL_ACCOUNT}:schedule/${group}/${name}`;

const TRANSACT_ACTIONS: Record<string, string> = {
  Put: 'PutItem',
  Update: 'UpdateItem',
  Delete: 'DeleteItem',
  ConditionCheck: 'ConditionCheckItem',
  Get: 'GetItem',
};

const dynamodb = (command: string, input: Input): Permission[] => {
  const on = (action: string, table: unknown, index?: unknown) => ({
    action: `dynamodb:${action}`,
    resource: `${tableArn(text(table))}${index ? `/index/${text(index)}` : ''}`,
  });
  if (command === 'TransactWriteItems' || command === 'TransactGetItems') {
    return records(input.TransactItems).flatMap((item) =>
      Object.entries(item).map(([kind, operation]) => on(TRANSACT_ACTIONS[kind] ?? kind, (operation as Input).TableName)),
    );
  }
  if (command === 'BatchGetItem' || command === 'BatchWriteItem') return keysOf(input.RequestItems).map((table) => on(command, table));
  return [on(command, input.TableName, input.IndexName)];
};

const S3_OBJECT_ACTIONS: Record<string, string> = {
  GetObject: 'GetObject',
  HeadObject: 'GetObject',
  PutObject: 'PutObject',
  CreateMultipartUpload: 'PutObject',
  UploadPart: 'PutObject',
  CompleteMultipartUpload: 'PutObject',
  CopyObject: 'PutObject',
  DeleteObject: 'DeleteObject',
  AbortMultipartUpload: 'AbortMultipartUpload',
};

const s3 = (command: string, input: Input): Permission[] => {
  const bucket = bucketArn(text(input.Bucket));
  const objectAction = S3_OBJECT_ACTIONS[command];
  if (objectAction) return [{ action: `s3:${objectAction}`, resource: `${bucket}/${text(input.Key)}` }];
  if (command === 'DeleteObjects') {
    return records((input.Delete as Input | undefined)?.Objects).map((o) => ({
      action: 's3:DeleteObject',
      resource: `${bucket}/${text(o.Key)}`,
    }));
  }
  // HeadBucket, ListObjects and ListObjectsV2 are all authorized as ListBucket.
  return [{ action: command.startsWith('List') || command === 'HeadBucket' ? 's3:ListBucket' : `s3:${command}`, resource: bucket }];
};

const sfn = (command: string, input: Input, stateMachineArn: string): Permission[] => {
  if (command === 'StartExecution') return [{ action: 'states:StartExecution', resource: text(input.stateMachineArn) }];
  if (command === 'StopExecution') return [{ action: 'states:StopExecution', resource: text(input.executionArn) }];
  // A task token names no resource; it is authorized against the state machine that issued it.
  return [{ action: `states:${command}`, resource: stateMachineArn }];
};

const scheduler = (command: string, input: Input): Permission[] => {
  const schedule = { action: `scheduler:${command}`, resource: scheduleArn(text(input.GroupName) || 'default', text(input.Name)) };
  const role = text((input.Target as Input | undefined)?.RoleArn);
  return role ? [schedule, { action: 'iam:PassRole', resource: role }] : [schedule];
};

const kms = (command: string, input: Input): Permission[] => {
  const keyId = text(input.KeyId);
  const fallback = command === 'GenerateMac' ? LOCAL_CURSOR_KEY_ARN : LOCAL_CREDENTIALS_KEY_ARN;
  return [{ action: `kms:${command}`, resource: keyId.startsWith('arn:') ? keyId : fallback }];
};

/** The permissions one call needs; `stateMachineArn` is the one task tokens belong to. */
export const requiredPermissions = (call: SdkCall, stateMachineArn: string): Permission[] => {
  const command = call.commandName.replace(/Command$/, '');
  const { input } = call;
  switch (call.clientName) {
    case 'DynamoDBClient':
      return dynamodb(command, input);
    case 'S3Client':
      return s3(command, input);
    case 'EventBridgeClient':
      return records(input.Entries).map((e) => ({
        action: 'events:PutEvents',
        resource: busArn(text(e.EventBusName).split('/').pop() || 'default'),
      }));
    case 'SFNClient':
      return sfn(command, input, stateMachineArn);
    case 'SchedulerClient':
      return scheduler(command, input);
    case 'SQSClient':
      // SendMessageBatch is authorized as SendMessage; the queue is the last segment of its URL.
      return [{ action: `sqs:${command.replace(/Batch$/, '')}`, resource: queueArn(text(input.QueueUrl).split('/').pop() ?? '') }];
    case 'KMSClient':
      return kms(command, input);
    case 'STSClient':
      return [{ action: `sts:${command}`, resource: text(input.RoleArn) }];
    default:
      return [];
  }
};
