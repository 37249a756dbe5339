import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { storageUsageKey } from '../../../lambdas/data/keys';
import { ddb, tableName } from '../../../lambdas/data/table';
import { api, request } from '../../support/api-client';
import { aUser, aWorkspace, type TestUser } from '../../support/fixtures';
import { waitForEvents } from '../../support/local-events';
import { waitUntil } from '../../support/wait-until';

/**
 * Bytes that reach an agent's files without the API — through the URLs or credentials of
 * `POST …/access`, or a presigned upload — are charged all the same: the bucket's notifications
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
  const agent = (await api.post('/api/agents', { name: `Smuggler ${Math.random().toString(36).slice(2, 8)}` }, { token: owner.token })).body.data.agent;
  const stored = await request('PUT', `/api/agents/${agent.id}/files?path=notes.txt`, { token: owner.token, rawBody: '0123456789', headers: { 'Content-Type': 'text/plain' } });
  expect(stored.status).toBe(200);
  return { owner, ws, agentId: agent.id };
};

const storageUsed = async ({ owner, ws }: Setup): Promise<number> => (await api.get(`/api/workspaces/${ws}/usage`, { token: owner.token })).body.data.usage.storage.used_bytes;

const writeUrlOf = async ({ owner, agentId }: Setup, path: string) => {
  const { access } = (await api.post(`/api/agents/${agentId}/access`, { access: 'write' }, { token: owner.token })).body.data;
  return access.presigned.files.find((f: { path: string }) => f.path === path) as { put_url: string; get_url: string; delete_url: string };
};

describe('files stored without the API', () => {
  it('an upload through a write-access URL is charged to the workspace, replacing what the file held', async () => {
    const setup = await aFreeWorkspaceWithAFile('oob-charge');
    expect(await storageUsed(setup)).toBe(10);
    const file = await writeUrlOf(setup, 'notes.txt');
    expect((await fetch(file.put_url, { method: 'PUT', body: Buffer.alloc(5000, 1) })).status).toBe(200);
    expect(await waitUntil(() => storageUsed(setup), (used) => used === 5000)).toBe(5000);
  });

  it('an upload through a write-access URL that would exceed the quota is removed, counted nowhere, and file.rejected is published', async () => {
    const setup = await aFreeWorkspaceWithAFile('oob-reject');
    // The workspace holds its notes and has 90 bytes of its 100 MiB left.
    await ddb.send(new PutCommand({ TableName: tableName, Item: { ...storageUsageKey(setup.ws), bytes: 100 * MiB - 90 } }));
    const file = await writeUrlOf(setup, 'notes.txt');
    expect((await fetch(file.put_url, { method: 'PUT', body: Buffer.alloc(1000, 2) })).status).toBe(200);

    const [rejected] = await waitForEvents((e) => e.detail.event === 'file.rejected' && e.detail.workspace_id === setup.ws, 1);
    expect(rejected?.detail.data).toEqual({ agent_id: setup.agentId, path: 'notes.txt', size: 1000, reason: 'storage_quota', used_bytes: 100 * MiB - 90, limit_bytes: 100 * MiB });
    expect((await waitUntil(() => fetch(file.get_url), (res) => res.status === 404)).status).toBe(404);
    // The rejected upload had replaced the notes: both are gone, and only the notes' 10 bytes come back.
    expect(await waitUntil(() => storageUsed(setup), (used) => used === 100 * MiB - 100)).toBe(100 * MiB - 100);
  });

  it('an API delete of a file replaced without the API never takes the counter below zero', async () => {
    const setup = await aFreeWorkspaceWithAFile('oob-delete');
    const file = await writeUrlOf(setup, 'notes.txt');
    expect((await fetch(file.put_url, { method: 'PUT', body: Buffer.alloc(3000, 3) })).status).toBe(200);
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

  it('a file deleted through a write-access URL is refunded', async () => {
    const setup = await aFreeWorkspaceWithAFile('oob-refund');
    const file = await writeUrlOf(setup, 'notes.txt');
    expect((await fetch(file.delete_url, { method: 'DELETE' })).status).toBe(204);
    expect(await waitUntil(() => storageUsed(setup), (used) => used === 0)).toBe(0);
  });
});
