import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { requiredEnv } from '../shared/env';
import { traced } from '../shared/observability';

/** One client per process. The endpoint comes from the SDK's own `AWS_ENDPOINT_URL_DYNAMODB` (set only locally). */
export const tableName = requiredEnv('TABLE_NAME');

export const ddb = DynamoDBDocumentClient.from(traced(new DynamoDBClient({})), {
  marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
});
