import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { workspaceKey } from './keys';
import { ddb, tableName } from './table';

/** Records the workspace's API Gateway usage key; the authorizer returns its value as `usageIdentifierKey`. */
export const recordUsageKey = async (workspaceId: string, key: { id: string; value: string }): Promise<void> => {
  await ddb.send(
    new UpdateCommand({
      TableName: tableName,
      Key: workspaceKey(workspaceId),
      UpdateExpression: 'SET usage_key = :key',
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeValues: { ':key': key },
    }),
  );
};
