import type { DeleteObjectsCommandInput } from '@aws-sdk/client-s3';
import { DELETE_OBJECTS_LIMIT, deleteObjects } from '../../../lambdas/data/agent-purge';

const keys = (n: number) => Array.from({ length: n }, (_, i) => `ws/w/agents/a/files/${i}.txt`);

describe("deleting a purged agent's objects", () => {
  it('deletes 2,500 objects in three DeleteObjects calls of at most 1,000 keys', async () => {
    const calls: DeleteObjectsCommandInput[] = [];
    await deleteObjects(keys(2500), async (input) => {
      calls.push(input);
      return { $metadata: {} };
    });
    expect(calls.map((c) => c.Delete?.Objects?.length)).toEqual([DELETE_OBJECTS_LIMIT, DELETE_OBJECTS_LIMIT, 500]);
    expect(calls.flatMap((c) => c.Delete?.Objects?.map((o) => o.Key))).toEqual(keys(2500));
  });

  it('fails the purge when the bucket refuses a key, so the event is retried', async () => {
    await expect(
      deleteObjects(keys(3), async () => ({ $metadata: {}, Errors: [{ Key: 'ws/w/agents/a/files/1.txt', Code: 'AccessDenied' }] })),
    ).rejects.toThrow(/AccessDenied/);
  });
});
