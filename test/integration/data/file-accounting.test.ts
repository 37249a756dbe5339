import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { agentFileKey } from '../../../lambdas/data/agent-file-objects';
import { deleteAgentFile, writeAgentFile } from '../../../lambdas/data/agent-files';
import { bucketName } from '../../../lambdas/data/bucket';
import { s3 } from '../../../lambdas/data/clients';
import { reconcileFile, storedFileSize } from '../../../lambdas/data/file-accounting';
import { storageUsageKey } from '../../../lambdas/data/keys';
import { chargeStorage, storageUsed } from '../../../lambdas/data/storage-usage';
import { ddb, tableName } from '../../../lambdas/data/table';
import { newId } from '../../../lambdas/domain/ids';

/**
 * lambdas/data/file-accounting.ts against DynamoDB Local and the S3 stand-in: each stored file's size
 * item moves with the storage counter under a condition, so racing writers and deleters of one path
 * leave the counter exactly at what S3 holds, and no refund takes it below zero. The agents here have
 * no item in the table, so the runtime's bucket notifications leave them alone (a deleted agent's files).
 */

const anAgent = () => ({ id: newId('agent'), slug: 'scribe', read_only_enabled: false });
const RACERS = 8;
const setCounter = (ws: string, bytes: number) =>
  ddb.send(new PutCommand({ TableName: tableName, Item: { ...storageUsageKey(ws), bytes } }));
const putOutOfBand = (ws: string, agentId: string, path: string, body: Buffer) =>
  s3().send(new PutObjectCommand({ Bucket: bucketName, Key: agentFileKey({ workspace_id: ws, id: agentId }, path), Body: body }));

describe('writes that race', () => {
  it(`${RACERS} parallel writes of different sizes to one path charge it once, at one of the sizes written`, async () => {
    const ws = newId('ws');
    const agent = anAgent();
    const sizes = Array.from({ length: RACERS }, (_, i) => 100 * (i + 1));
    const results = await Promise.allSettled(
      sizes.map((size) => writeAgentFile(ws, agent, 'same.bin', Buffer.alloc(size, 7), { actor: 'user', tier: 'team' })),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    // The counter holds exactly the size item: no write added its delta on top of another's. (Which size S3 keeps is
    // not compared: the stand-in answers a PUT before its bytes are on disk, so racing PUTs of one key are not atomic there.)
    const charged = (await storedFileSize(agent.id, 'same.bin'))?.size;
    expect(sizes).toContain(charged);
    expect(await storageUsed(ws)).toBe(charged);
  });

  it(`${RACERS} parallel writes to distinct paths are each counted once`, async () => {
    const ws = newId('ws');
    const agent = anAgent();
    await Promise.all(
      Array.from({ length: RACERS }, (_, i) =>
        writeAgentFile(ws, agent, `file-${i}.bin`, Buffer.alloc(10 * (i + 1)), { actor: 'user', tier: 'team' }),
      ),
    );
    expect(await storageUsed(ws)).toBe(10 * ((RACERS * (RACERS + 1)) / 2));
  });

  it(`${RACERS} parallel deletes of one file refund it exactly once`, async () => {
    const ws = newId('ws');
    const agent = anAgent();
    await writeAgentFile(ws, agent, 'keep.bin', Buffer.alloc(700), { actor: 'user', tier: 'team' });
    await writeAgentFile(ws, agent, 'gone.bin', Buffer.alloc(300), { actor: 'user', tier: 'team' });
    const results = await Promise.allSettled(
      Array.from({ length: RACERS }, () => deleteAgentFile(ws, agent, 'gone.bin', { actor: 'user' })),
    );
    // Every delete either removed the file or found it already gone (404); none refunded twice.
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'FILE_NOT_FOUND' });
    expect(await storageUsed(ws)).toBe(700);
    expect(await storedFileSize(agent.id, 'gone.bin')).toBeNull();
  });
});

describe('the counter never goes below zero', () => {
  it('clamps a refund larger than the counter to zero', async () => {
    const ws = newId('ws');
    await setCounter(ws, 40);
    await chargeStorage(ws, -100, null);
    expect(await storageUsed(ws)).toBe(0);
    const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: storageUsageKey(ws) }));
    expect(Item?.bytes).toBe(0);
  });

  it('refunds nothing when the API deletes a file that was stored without the API and never charged', async () => {
    const ws = newId('ws');
    const agent = anAgent();
    await writeAgentFile(ws, agent, 'charged.bin', Buffer.alloc(50), { actor: 'user', tier: 'team' });
    await putOutOfBand(ws, agent.id, 'smuggled.bin', Buffer.alloc(5000));
    await deleteAgentFile(ws, agent, 'smuggled.bin', { actor: 'user' });
    expect(await storageUsed(ws)).toBe(50);
  });

  it('charges an object found in S3 once, however often it is reconciled, and refunds it once it is gone', async () => {
    const ws = newId('ws');
    const agent = anAgent();
    const ref = { workspace_id: ws, id: agent.id };
    await putOutOfBand(ws, agent.id, 'found.bin', Buffer.alloc(900));
    expect(await Promise.all([reconcileFile(ref, 'found.bin', null), reconcileFile(ref, 'found.bin', null)])).toEqual(
      expect.arrayContaining(['charged']),
    );
    expect(await reconcileFile(ref, 'found.bin', null)).toBe('unchanged');
    expect(await storageUsed(ws)).toBe(900);
    await deleteAgentFile(ws, agent, 'found.bin', { actor: 'user' });
    expect(await storageUsed(ws)).toBe(0);
  });

  it('refuses an object found in S3 that would exceed the quota with 403 QUOTA_EXCEEDED, counting nothing', async () => {
    const ws = newId('ws');
    const agent = anAgent();
    await setCounter(ws, 100 * 1024 * 1024 - 10);
    await putOutOfBand(ws, agent.id, 'over.bin', Buffer.alloc(11));
    await expect(reconcileFile({ workspace_id: ws, id: agent.id }, 'over.bin', 100 * 1024 * 1024)).rejects.toMatchObject({
      code: 'QUOTA_EXCEEDED',
    });
    expect(await storageUsed(ws)).toBe(100 * 1024 * 1024 - 10);
    expect(await storedFileSize(agent.id, 'over.bin')).toBeNull();
  });
});
