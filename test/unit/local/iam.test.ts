import type { Access } from '../../../lambdas/shared/route';
import type { SdkCall } from '../../../lambdas/shared/sdk-calls';
import { authorize, type LocalFunction, localTargets } from '../../../local/iam';

const targets = localTargets({
  TABLE_NAME: 'platform',
  BUCKET_NAME: 'files',
  EVENT_BUS_NAME: 'bus',
  STATE_MACHINE_ARN: 'arn:aws:states:us-east-1:000000000000:stateMachine:runs',
  SCHEDULE_GROUP_NAME: 'agents',
  SCHEDULER_ROLE_ARN: 'arn:aws:iam::000000000000:role/scheduler',
  WEBHOOK_DELIVERY_QUEUE_URL: 'http://127.0.0.1:3000/__aws/sqs/000000000000/deliveries',
});

const fn = (access: Access): LocalFunction => ({ name: 'agents-show', serves: 'route GET /api/agents/{agent}', access });
const call = (clientName: string, commandName: string, input: Record<string, unknown>): SdkCall => ({ clientName, commandName, input });
const refusal = (access: Access, c: SdkCall): Error | null => {
  try {
    authorize(fn(access), c, targets);
    return null;
  } catch (error) {
    return error as Error;
  }
};

describe('the local emulation of a function role', () => {
  it('refuses a write by a function whose route declares table read, naming the route, the action and the table as IAM does', () => {
    const error = refusal({ table: 'read' }, call('DynamoDBClient', 'PutItemCommand', { TableName: 'platform', Item: {} }));
    expect(error?.name).toBe('AccessDeniedException');
    expect(error?.message).toContain(
      'is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:us-east-1:000000000000:table/platform',
    );
    expect(error?.message).toContain('route GET /api/agents/{agent} declares access {"table":"read"}');
  });

  it('lets a read function query the table and its indexes, and check conditions in a transaction, but not write in one', () => {
    expect(refusal({ table: 'read' }, call('DynamoDBClient', 'QueryCommand', { TableName: 'platform', IndexName: 'GSI1' }))).toBeNull();
    const check = { ConditionCheck: { TableName: 'platform', Key: {} } };
    expect(refusal({ table: 'read' }, call('DynamoDBClient', 'TransactWriteItemsCommand', { TransactItems: [check] }))).toBeNull();
    const update = { Update: { TableName: 'platform', Key: {} } };
    expect(
      refusal({ table: 'read' }, call('DynamoDBClient', 'TransactWriteItemsCommand', { TransactItems: [check, update] }))?.message,
    ).toContain('dynamodb:UpdateItem');
  });

  it('refuses an index the table does not declare, a scan, and another table, even to a writer', () => {
    expect(
      refusal({ table: 'write' }, call('DynamoDBClient', 'QueryCommand', { TableName: 'platform', IndexName: 'Undeclared' })),
    ).not.toBeNull();
    expect(refusal({ table: 'write' }, call('DynamoDBClient', 'ScanCommand', { TableName: 'platform' }))?.message).toContain(
      'dynamodb:Scan',
    );
    expect(
      refusal({ table: 'write' }, call('DynamoDBClient', 'BatchWriteItemCommand', { RequestItems: { other: [] } }))?.message,
    ).toContain('table/other');
  });

  it("refuses an object write to a bucket reader with S3's AccessDenied, and lets it read and list", () => {
    const put = refusal({ bucket: 'read' }, call('S3Client', 'PutObjectCommand', { Bucket: 'files', Key: 'ws/a.txt' }));
    expect(put?.name).toBe('AccessDenied');
    expect(put?.message).toContain('s3:PutObject on resource: arn:aws:s3:::files/ws/a.txt');
    expect(
      refusal({ bucket: 'read' }, call('S3Client', 'DeleteObjectsCommand', { Bucket: 'files', Delete: { Objects: [{ Key: 'k' }] } }))
        ?.message,
    ).toContain('s3:DeleteObject');
    expect(refusal({ bucket: 'read' }, call('S3Client', 'HeadObjectCommand', { Bucket: 'files', Key: 'k' }))).toBeNull();
    expect(refusal({ bucket: 'read' }, call('S3Client', 'ListObjectsV2Command', { Bucket: 'files' }))).toBeNull();
    expect(refusal({}, call('S3Client', 'HeadBucketCommand', { Bucket: 'files' }))?.message).toContain('s3:ListBucket');
  });

  it('lets a starter start runs but not stop them; a controller stops runs and answers held steps', () => {
    const stop = call('SFNClient', 'StopExecutionCommand', { executionArn: 'arn:aws:states:us-east-1:000000000000:execution:runs:exe_1' });
    expect(
      refusal({ executions: 'start' }, call('SFNClient', 'StartExecutionCommand', { stateMachineArn: targets.stateMachineArn })),
    ).toBeNull();
    expect(refusal({ executions: 'start' }, stop)?.message).toContain('states:StopExecution');
    expect(refusal({ executions: 'control' }, stop)).toBeNull();
    expect(refusal({ executions: 'control' }, call('SFNClient', 'SendTaskSuccessCommand', { taskToken: 't' }))).toBeNull();
  });

  it("manages schedules only in the platform's group, handing them only the scheduler role", () => {
    const schedule = (group: string, roleArn: string) =>
      call('SchedulerClient', 'CreateScheduleCommand', { GroupName: group, Name: 's1', Target: { RoleArn: roleArn } });
    expect(refusal({ schedules: 'manage' }, schedule('agents', 'arn:aws:iam::000000000000:role/scheduler'))).toBeNull();
    expect(refusal({ schedules: 'manage' }, schedule('agents', 'arn:aws:iam::000000000000:role/admin'))?.message).toContain('iam:PassRole');
    expect(refusal({ schedules: 'manage' }, schedule('other', 'arn:aws:iam::000000000000:role/scheduler'))).not.toBeNull();
    expect(refusal({ table: 'write' }, schedule('agents', 'arn:aws:iam::000000000000:role/scheduler'))?.message).toContain(
      'scheduler:CreateSchedule',
    );
  });

  it('requires the bus, the delivery queue and the keys to be declared', () => {
    expect(
      refusal({ table: 'write' }, call('EventBridgeClient', 'PutEventsCommand', { Entries: [{ EventBusName: 'bus' }] }))?.message,
    ).toContain('events:PutEvents');
    expect(refusal({ bus: 'publish' }, call('EventBridgeClient', 'PutEventsCommand', { Entries: [{ EventBusName: 'bus' }] }))).toBeNull();
    const send = call('SQSClient', 'SendMessageBatchCommand', { QueueUrl: 'http://127.0.0.1:3000/__aws/sqs/000000000000/deliveries' });
    expect(refusal({ deliveries: 'send' }, send)).toBeNull();
    expect(refusal({ table: 'write' }, send)?.message).toContain('sqs:SendMessage');
    expect(refusal({ secrets: 'read' }, call('KMSClient', 'GenerateDataKeyCommand', { KeyId: 'local' }))?.message).toContain(
      'kms:GenerateDataKey',
    );
    expect(refusal({ secrets: 'write' }, call('KMSClient', 'GenerateDataKeyCommand', { KeyId: 'local' }))).toBeNull();
    expect(refusal({ table: 'read' }, call('KMSClient', 'GenerateMacCommand', { KeyId: 'local' }))?.message).toContain('kms:GenerateMac');
    expect(refusal({ table: 'read', cursors: 'sign' }, call('KMSClient', 'GenerateMacCommand', { KeyId: 'local' }))).toBeNull();
  });

  it('leaves calls to services that access does not describe (a model provider) to their own configuration', () => {
    expect(refusal({}, call('BedrockRuntimeClient', 'ConverseCommand', { modelId: 'm' }))).toBeNull();
  });
});
