import { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { KMSClient } from '@aws-sdk/client-kms';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { SFNClient } from '@aws-sdk/client-sfn';
import { SQSClient } from '@aws-sdk/client-sqs';
import { STSClient } from '@aws-sdk/client-sts';
import { optionalEnv } from '../shared/env';
import { instrumented } from '../shared/sdk-calls';
import { sdkClient } from '../shared/sdk-client';

/**
 * Every SDK client but the table's document client (`table.ts`), each built once per process when
 * first used, so a function's bundle builds only the clients it calls. Path-style S3
 * addressing only where a local S3 stand-in asks for it.
 */

const s3Options = () => ({ forcePathStyle: optionalEnv('S3_FORCE_PATH_STYLE') === 'true' });

let s3Client: S3Client | undefined;
export const s3 = (): S3Client => (s3Client ??= sdkClient(new S3Client(s3Options())));

let presignerClient: S3Client | undefined;
/**
 * Presigned URLs are signed without the SDK's default checksums: a checksum of a body the client has
 * not sent yet would be baked into the URL and every real upload refused. Signing calls nothing.
 */
export const s3Presigner = (): S3Client =>
  (presignerClient ??= instrumented(new S3Client({ ...s3Options(), requestChecksumCalculation: 'WHEN_REQUIRED' })));

let kmsClient: KMSClient | undefined;
export const kms = (): KMSClient => (kmsClient ??= sdkClient(new KMSClient({})));

let stsClient: STSClient | undefined;
export const sts = (): STSClient => (stsClient ??= sdkClient(new STSClient({})));

let sqsClient: SQSClient | undefined;
export const sqs = (): SQSClient => (sqsClient ??= sdkClient(new SQSClient({})));

let sfnClient: SFNClient | undefined;
/** Step Functions: the execution and graduation state machines (the local runtime's in-process machines locally). */
export const sfn = (): SFNClient => (sfnClient ??= sdkClient(new SFNClient({})));

let schedulerClient: SchedulerClient | undefined;
export const scheduler = (): SchedulerClient => (schedulerClient ??= sdkClient(new SchedulerClient({})));

let lambdaClient: LambdaClient | undefined;
/** Plugin tools that run on a Lambda function. */
export const lambda = (): LambdaClient => (lambdaClient ??= sdkClient(new LambdaClient({})));

let eventBridgeClient: EventBridgeClient | undefined;
export const eventBridge = (): EventBridgeClient => (eventBridgeClient ??= sdkClient(new EventBridgeClient({})));

let apiGatewayClient: APIGatewayClient | undefined;
/** API Gateway's management API: the workspaces' usage keys. */
export const apiGateway = (): APIGatewayClient => (apiGatewayClient ??= sdkClient(new APIGatewayClient({})));

let bedrockClient: BedrockRuntimeClient | undefined;
/** One attempt per call: a model turn's retries are the flow's, which knows the run's deadline. */
export const bedrock = (): BedrockRuntimeClient => (bedrockClient ??= sdkClient(new BedrockRuntimeClient({ maxAttempts: 1 })));
