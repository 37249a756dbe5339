import { ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { agentFileKey, agentFilesPrefix } from '../../../lambdas/data/agent-file-objects';
import { purgeAgentObjects } from '../../../lambdas/data/agent-purge';
import { bucketName } from '../../../lambdas/data/bucket';
import { s3 } from '../../../lambdas/data/clients';
import { newId } from '../../../lambdas/domain/ids';

/**
 * The S3 stand-in pages ListObjectsV2 past 1,000 keys on Node's OpenSSL 3 (its continuation tokens
 * used DES): a deleted agent with 1,001 objects is purged whole.
 */

const OBJECTS = 1001;

it(`lists ${OBJECTS} objects over two pages, and purges an agent that has that many`, async () => {
  const agent = { workspace_id: newId('ws'), id: newId('agent') };
  const paths = Array.from({ length: OBJECTS }, (_, i) => `f-${String(i).padStart(4, '0')}.txt`);
  for (let i = 0; i < paths.length; i += 50) {
    await Promise.all(
      paths
        .slice(i, i + 50)
        .map((path) => s3().send(new PutObjectCommand({ Bucket: bucketName, Key: agentFileKey(agent, path), Body: 'x' }))),
    );
  }
  const first = await s3().send(new ListObjectsV2Command({ Bucket: bucketName, Prefix: agentFilesPrefix(agent) }));
  expect(first.KeyCount).toBe(1000);
  const second = await s3().send(
    new ListObjectsV2Command({ Bucket: bucketName, Prefix: agentFilesPrefix(agent), ContinuationToken: first.NextContinuationToken }),
  );
  expect(second.Contents?.map((o) => o.Key)).toEqual([agentFileKey(agent, paths[OBJECTS - 1] as string)]);

  expect(await purgeAgentObjects(agent)).toBe(OBJECTS);
  expect((await s3().send(new ListObjectsV2Command({ Bucket: bucketName, Prefix: agentFilesPrefix(agent) }))).KeyCount).toBe(0);
}, 120_000);
