import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { storageUsageKey } from '../../../lambdas/data/keys';
import { ddb, tableName } from '../../../lambdas/data/table';
import { api, request } from '../../support/api-client';
import { aUser, aWorkspace, type TestUser } from '../../support/fixtures';
import { directAccess } from '../../support/direct-access';
import { waitForEvents } from '../../support/local-events';
import { waitUntil } from '../../support/wait-until';

/**
 * Bytes that reach an agent's files without the API — through the credentials of `POST …/access`,
 * or a presigned upload — are charged all the same: the bucket's notifications
 * reconcile the storage counter, and an object over the quota is removed with a `file.rejected` event.
 */

const MiB = 1024 * 1024;

interface Setup {
  owner: TestUser;
  ws: string;
  agentId: string;
}

const aFreeWorkspaceWithAFile = async (name: string): Promise<Setup> => {
  const owner = await aUser(name);
  const ws = await aWorkspace(owner);
  const agent = (await api.post('/api/agents', { name: `Smuggler ${Math.random().toString(36).slice(2, 8)}` }, { token: owner.token })).body
    .data.agent;
  const stored = await request('PUT', `/api/agents/${agent.id}/files?path=notes.txt`, {
    token: owner.token,
    rawBody: '0123456789',
    headers: { 'Content-Type': 'text/plain' },
  });
  expect(stored.status).toBe(200);
  return { owner, ws, agentId: agent.id };
};

const storageUsed = async ({ owner, ws }: Setup): Promise<number> =>
  (await api.get(`/api/workspaces/${ws}/usage`, { token: owner.token })).body.data.usage.storage.used_bytes;

const writeAccessOf = async ({ owner, agentId }: Setup) => {
  const { access } = (await api.post(`/api/agents/${agentId}/access`, { access: 'write' }, { token: owner.token })).body.data;
  return directAccess(access);
};

describe('files stored without the API', () => {
  it('an upload with write-access credentials is charged to the workspace, replacing what the file held', async () => {
    const setup = await aFreeWorkspaceWithAFile('oob-charge');
    expect(await storageUsed(setup)).toBe(10);
    const files = await writeAccessOf(setup);
    expect(await files.outcomeOf.write(files.keyOf('notes.txt'), Buffer.alloc(5000, 1))).toBe('ok');
    expect(
      await waitUntil(
        () => storageUsed(setup),
        (used) => used === 5000,
      ),
    ).toBe(5000);
  });

  it('an upload with write-access credentials past the quota is removed, counted nowhere, and file.rejected is published', async () => {
    const setup = await aFreeWorkspaceWithAFile('oob-reject');
    // The workspace holds its notes and has 90 bytes of its 100 MiB left.
    await ddb.send(new PutCommand({ TableName: tableName, Item: { ...storageUsageKey(setup.ws), bytes: 100 * MiB - 90 } }));
    const files = await writeAccessOf(setup);
    expect(await files.outcomeOf.write(files.keyOf('notes.txt'), Buffer.alloc(1000, 2))).toBe('ok');

    const [rejected] = await waitForEvents((e) => e.detail.event === 'file.rejected' && e.detail.workspace_id === setup.ws, 1);
    expect(rejected?.detail.data).toEqual({
      agent_id: setup.agentId,
      path: 'notes.txt',
      size: 1000,
      reason: 'storage_quota',
      used_bytes: 100 * MiB - 90,
      limit_bytes: 100 * MiB,
    });
    expect(
      await waitUntil(
        () => files.outcomeOf.read(files.keyOf('notes.txt')),
        (outcome) => outcome === 'NoSuchKey',
      ),
    ).toBe('NoSuchKey');
    // The rejected upload had replaced the notes: both are gone, and only the notes' 10 bytes come back.
    expect(
      await waitUntil(
        () => storageUsed(setup),
        (used) => used === 100 * MiB - 100,
      ),
    ).toBe(100 * MiB - 100);
  });

  it('an API delete of a file replaced without the API never takes the counter below zero', async () => {
    const setup = await aFreeWorkspaceWithAFile('oob-delete');
    const files = await writeAccessOf(setup);
    expect(await files.outcomeOf.write(files.keyOf('notes.txt'), Buffer.alloc(3000, 3))).toBe('ok');
    // Deleted while the bucket's notification may still be on its way: whichever comes first, the file is refunded once.
    expect((await api.delete(`/api/agents/${setup.agentId}/files?path=notes.txt`, { token: setup.owner.token })).status).toBe(200);
    const seen: number[] = [];
    const settled = await waitUntil(
      async () => {
        const used = await storageUsed(setup);
        seen.push(used);
        return used;
      },
      (used) => used === 0,
    );
    expect(settled).toBe(0);
    expect(seen.every((used) => used >= 0)).toBe(true);
  });

  it('a file deleted with write-access credentials is refunded', async () => {
    const setup = await aFreeWorkspaceWithAFile('oob-refund');
    const files = await writeAccessOf(setup);
    expect(await files.outcomeOf.remove(files.keyOf('notes.txt'))).toBe('ok');
    expect(
      await waitUntil(
        () => storageUsed(setup),
        (used) => used === 0,
      ),
    ).toBe(0);
  });
});
