import {
  DeleteObjectsCommand,
  type DeleteObjectsCommandInput,
  type DeleteObjectsCommandOutput,
  ListObjectsV2Command,
  type ListObjectsV2CommandOutput,
} from '@aws-sdk/client-s3';
import { agentObjectPrefix } from './avatars';
import { bucketName } from './bucket';
import { s3 } from './clients';
import { FILE_SIZE_PREFIX, PENDING_UPLOAD_PREFIX } from './keys';
import { batchDelete, queryPages } from './operations';
import { releasePluginUses } from './plugins-assignments';
import { chargeStorage } from './storage-usage';
import { patternQuery, patterns } from './patterns';

/**
 * What a deleted agent leaves behind: its plugin-use items, every item of its own partition (access
 * entries, log lines, statistics, executions and their steps) and every object under its prefix
 * (files, avatar, executions' large bodies), 1,000 per DeleteObjects. Safe to run again: what is gone stays gone.
 * The bytes its files (their size items) and its pending uploads' reservations held go back to the
 * workspace's storage quota page by page, right after that page is deleted, so a retry never releases
 * twice; the objects' own removal refunds nothing, as the bucket's notifications find no size item left.
 */

export const purgeAgentItems = async (agent: { workspace_id: string; id: string }): Promise<number> => {
  const agentId = agent.id;
  // The assignment item lives in the partition purged below: its uses are released first.
  let purged = await releasePluginUses(agent);
  const pages = queryPages(
    patternQuery(
      patterns.agentItems,
      { agent: agentId },
      { ProjectionExpression: 'PK, SK, reserved, #size', ExpressionAttributeNames: { '#size': 'size' } },
    ),
  );
  for await (const items of pages) {
    await batchDelete(items.map(({ PK, SK }) => ({ PK, SK })));
    const held = items.reduce(
      (sum, i) =>
        sum +
        (String(i.SK).startsWith(PENDING_UPLOAD_PREFIX)
          ? Number(i.reserved ?? 0)
          : String(i.SK).startsWith(FILE_SIZE_PREFIX)
            ? Number(i.size ?? 0)
            : 0),
      0,
    );
    await chargeStorage(agent.workspace_id, -held, null);
    purged += items.length;
  }
  return purged;
};

export const purgeAgentObjects = async (agent: { workspace_id: string; id: string }): Promise<number> => {
  let purged = 0;
  let token: string | undefined;
  do {
    const page: ListObjectsV2CommandOutput = await s3().send(
      new ListObjectsV2Command({ Bucket: bucketName, Prefix: agentObjectPrefix(agent), ContinuationToken: token }),
    );
    await deleteObjects((page.Contents ?? []).filter((o) => o.Key).map((o) => String(o.Key)));
    purged += page.Contents?.length ?? 0;
    token = page.NextContinuationToken;
  } while (token);
  return purged;
};

/** DeleteObjects' ceiling of keys per call. */
export const DELETE_OBJECTS_LIMIT = 1000;

type DeleteObjectsSend = (input: DeleteObjectsCommandInput) => Promise<DeleteObjectsCommandOutput>;

const sendToBucket: DeleteObjectsSend = (input) => s3().send(new DeleteObjectsCommand(input));

/** Deletes the keys 1,000 per call; any key the bucket refuses fails the purge, so the event is retried. */
export const deleteObjects = async (keys: readonly string[], send: DeleteObjectsSend = sendToBucket): Promise<void> => {
  for (let i = 0; i < keys.length; i += DELETE_OBJECTS_LIMIT) {
    const chunk = keys.slice(i, i + DELETE_OBJECTS_LIMIT);
    const result = await send({ Bucket: bucketName, Delete: { Objects: chunk.map((Key) => ({ Key })), Quiet: true } });
    if (result.Errors?.length)
      throw new Error(`could not delete ${result.Errors.length} objects, first ${result.Errors[0]?.Key}: ${result.Errors[0]?.Code}`);
  }
};
