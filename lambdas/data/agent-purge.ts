import { DeleteObjectCommand, ListObjectsV2Command, type ListObjectsV2CommandOutput } from '@aws-sdk/client-s3';
import { QueryCommand, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { agentFilesPrefix } from './agent-file-objects';
import { agentObjectPrefix } from './avatars';
import { bucketName, s3 } from './bucket';
import { agentPartition, PENDING_UPLOAD_PREFIX } from './keys';
import { batchDelete } from './operations';
import { chargeStorage } from './storage-usage';
import { ddb, tableName } from './table';

/**
 * What a deleted agent leaves behind: every item of its own partition (access entries, log
 * lines, statistics) and every object under its prefix. Safe to run again: what is gone stays gone.
 * The bytes its files (and its pending uploads' reservations) held go back to the workspace's
 * storage quota page by page, right after that page is deleted, so a retry never releases twice.
 */

export const purgeAgentItems = async (agent: { workspace_id: string; id: string }): Promise<number> => {
  const agentId = agent.id;
  let purged = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page: QueryCommandOutput = await ddb.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': agentPartition(agentId) },
        ProjectionExpression: 'PK, SK, reserved',
        ExclusiveStartKey: start,
      }),
    );
    const items = page.Items ?? [];
    await batchDelete(items.map(({ PK, SK }) => ({ PK, SK })));
    const reserved = items.filter((i) => String(i.SK).startsWith(PENDING_UPLOAD_PREFIX)).reduce((sum, i) => sum + Number(i.reserved ?? 0), 0);
    await chargeStorage(agent.workspace_id, -reserved, null);
    purged += page.Items?.length ?? 0;
    start = page.LastEvaluatedKey;
  } while (start);
  return purged;
};

export const purgeAgentObjects = async (agent: { workspace_id: string; id: string }): Promise<number> => {
  let purged = 0;
  let token: string | undefined;
  do {
    const page: ListObjectsV2CommandOutput = await s3.send(
      new ListObjectsV2Command({ Bucket: bucketName, Prefix: agentObjectPrefix(agent), ContinuationToken: token }),
    );
    let fileBytes = 0;
    for (const object of page.Contents ?? []) {
      if (!object.Key) continue;
      await s3.send(new DeleteObjectCommand({ Bucket: bucketName, Key: object.Key }));
      if (object.Key.startsWith(agentFilesPrefix(agent))) fileBytes += object.Size ?? 0;
    }
    await chargeStorage(agent.workspace_id, -fileBytes, null);
    purged += page.Contents?.length ?? 0;
    token = page.NextContinuationToken;
  } while (token);
  return purged;
};
