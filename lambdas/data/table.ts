import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { requiredEnv } from '../shared/env';
import { sdkClient } from '../shared/sdk-client';

/** One client per process. The endpoint comes from the SDK's own `AWS_ENDPOINT_URL_DYNAMODB` (set only locally). */
export const tableName = requiredEnv('TABLE_NAME');

export const ddb = DynamoDBDocumentClient.from(sdkClient(new DynamoDBClient({})), {
  marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
});
