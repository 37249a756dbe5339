import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { agentFileKey } from '../../../lambdas/data/agent-file-objects';
import { createUploadUrl, deleteAgentFile, listAgentFiles, readAgentFile, writeAgentFile } from '../../../lambdas/data/agent-files';
import { bucketName } from '../../../lambdas/data/bucket';
import { s3 } from '../../../lambdas/data/clients';
import { storageUsageKey } from '../../../lambdas/data/keys';
import { storageUsed } from '../../../lambdas/data/storage-usage';
import { ddb, tableName } from '../../../lambdas/data/table';
import { newId } from '../../../lambdas/domain/ids';

/** lambdas/data/agent-files.ts against DynamoDB Local and the S3 stand-in: the rules every writer goes through. */

const MiB = 1024 * 1024;
const anAgent = (readOnly = false) => ({ id: newId('agent'), slug: 'scribe', read_only_enabled: readOnly });
const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('agent files', () => {
  it('writes, reads back, lists and deletes a file, moving the storage counter each time', async () => {
    const ws = newId('ws');
    const agent = anAgent();
    const stored = await writeAgentFile(ws, agent, './notes//today.md', bytes('# Today\n'), {
      actor: 'user',
      contentType: 'text/markdown',
      tier: 'team',
    });
    expect(stored).toMatchObject({ path: 'notes/today.md', type: 'file', size: 8, content_type: 'text/markdown' });
    expect(await readAgentFile(ws, agent.id, 'notes/today.md')).toMatchObject({
      path: 'notes/today.md',
      body: bytes('# Today\n'),
      size: 8,
      contentType: 'text/markdown',
    });
    expect(await storageUsed(ws)).toBe(8);

    const listed = await listAgentFiles({ workspace_id: ws, id: agent.id }, { limit: 20, recursive: true });
    expect(listed.items).toEqual([{ path: 'notes/today.md', type: 'file', size: 8, modified_at: expect.any(String) }]);

    await deleteAgentFile(ws, agent, 'notes/today.md', { actor: 'user' });
    expect(await storageUsed(ws)).toBe(0);
    await expect(readAgentFile(ws, agent.id, 'notes/today.md')).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
  });

  it('counts only the difference when a file is replaced', async () => {
    const ws = newId('ws');
    const agent = anAgent();
    await writeAgentFile(ws, agent, 'a.txt', Buffer.alloc(100), { actor: 'user', tier: 'team' });
    await writeAgentFile(ws, agent, 'a.txt', Buffer.alloc(30), { actor: 'user', tier: 'team' });
    expect(await storageUsed(ws)).toBe(30);
  });

  it("refuses a read-only agent's own executions with 403 GOVERNANCE_VIOLATION and stores nothing", async () => {
    const ws = newId('ws');
    const agent = anAgent(true);
    await expect(writeAgentFile(ws, agent, 'out.txt', bytes('x'), { actor: 'execution', tier: 'team' })).rejects.toMatchObject({
      code: 'GOVERNANCE_VIOLATION',
    });
    await expect(readAgentFile(ws, agent.id, 'out.txt')).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
    expect(await storageUsed(ws)).toBe(0);
  });

  it("lets people with manage rights change a read-only agent's files, and refuses its executions deletes", async () => {
    const ws = newId('ws');
    const agent = anAgent(true);
    await writeAgentFile(ws, agent, 'in.txt', bytes('input'), { actor: 'user', tier: 'team' });
    await expect(deleteAgentFile(ws, agent, 'in.txt', { actor: 'execution' })).rejects.toMatchObject({ code: 'GOVERNANCE_VIOLATION' });
    expect((await readAgentFile(ws, agent.id, 'in.txt')).body).toEqual(bytes('input'));
  });

  it('lets an agent that is not read-only write through its executions', async () => {
    const ws = newId('ws');
    await expect(writeAgentFile(ws, anAgent(), 'out.txt', bytes('result'), { actor: 'execution', tier: 'team' })).resolves.toMatchObject({
      size: 6,
    });
  });

  it('refuses a write past the tier quota with 403 QUOTA_EXCEEDED and the figures, storing nothing', async () => {
    const ws = newId('ws');
    const agent = anAgent();
    await ddb.send(new PutCommand({ TableName: tableName, Item: { ...storageUsageKey(ws), bytes: 100 * MiB - 10 } }));
    await expect(writeAgentFile(ws, agent, 'big.bin', Buffer.alloc(11), { actor: 'user', tier: 'free' })).rejects.toMatchObject({
      code: 'QUOTA_EXCEEDED',
      details: [{ field: 'size', issue: 'quota_exceeded', used_bytes: 100 * MiB - 10, limit_bytes: 100 * MiB, requested_bytes: 11 }],
    });
    await expect(readAgentFile(ws, agent.id, 'big.bin')).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
    await expect(writeAgentFile(ws, agent, 'fits.bin', Buffer.alloc(10), { actor: 'user', tier: 'free' })).resolves.toMatchObject({
      size: 10,
    });
    expect(await storageUsed(ws)).toBe(100 * MiB);
  });

  it('lets exactly one of two racing writers take the last bytes of the quota', async () => {
    const ws = newId('ws');
    await ddb.send(new PutCommand({ TableName: tableName, Item: { ...storageUsageKey(ws), bytes: 100 * MiB - 10 } }));
    const results = await Promise.allSettled([
      writeAgentFile(ws, anAgent(), 'one.bin', Buffer.alloc(10), { actor: 'user', tier: 'free' }),
      writeAgentFile(ws, anAgent(), 'two.bin', Buffer.alloc(10), { actor: 'user', tier: 'free' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: storageUsageKey(ws) }));
    expect(Item?.bytes).toBe(100 * MiB);
  });

  it('has no limit on the enterprise tier', async () => {
    const ws = newId('ws');
    await ddb.send(new PutCommand({ TableName: tableName, Item: { ...storageUsageKey(ws), bytes: 50 * 1024 * MiB } }));
    await expect(writeAgentFile(ws, anAgent(), 'more.bin', Buffer.alloc(1), { actor: 'user', tier: 'enterprise' })).resolves.toMatchObject({
      size: 1,
    });
  });

  it('reads the tier from the workspace when the caller does not know it', async () => {
    const ws = newId('ws');
    await ddb.send(new PutCommand({ TableName: tableName, Item: { ...storageUsageKey(ws), bytes: 100 * MiB } }));
    // No workspace item: treated as the free tier, whose 100 MiB are spent.
    await expect(writeAgentFile(ws, anAgent(), 'x.bin', Buffer.alloc(1), { actor: 'execution' })).rejects.toMatchObject({
      code: 'QUOTA_EXCEEDED',
    });
  });

  it('refuses a traversing path before touching storage', async () => {
    await expect(
      writeAgentFile(newId('ws'), anAgent(), '../other/file', bytes('x'), { actor: 'user', tier: 'team' }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: [{ field: 'path', issue: expect.stringContaining('..') }],
    });
  });

  it('refuses to read a file larger than the caller can take, with 413', async () => {
    const ws = newId('ws');
    const agent = anAgent();
    await writeAgentFile(ws, agent, 'large.bin', Buffer.alloc(2048), { actor: 'user', tier: 'team' });
    await expect(readAgentFile(ws, agent.id, 'large.bin', 1024)).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('pages a listing by page number with the total once the last page is read, and by cursor without one', async () => {
    const agent = { workspace_id: newId('ws'), id: newId('agent') };
    const paths = ['a/x.txt', 'b.txt', 'c.txt', 'd/x.txt', 'e.txt', 'f.txt', 'g/x.txt', 'h.txt'];
    await Promise.all(paths.map((p) => s3().send(new PutObjectCommand({ Bucket: bucketName, Key: agentFileKey(agent, p), Body: 'x' }))));
    const summary = (page: Awaited<ReturnType<typeof listAgentFiles>>) => ({
      total: page.total,
      paths: page.items.map((e) => e.path),
      more: page.nextCursor !== null,
    });
    expect(summary(await listAgentFiles(agent, { limit: 3, page: 3 }))).toEqual({ total: 8, paths: ['g/', 'h.txt'], more: false });
    const first = await listAgentFiles(agent, { limit: 3 });
    expect(summary(first)).toEqual({ total: null, paths: ['a/', 'b.txt', 'c.txt'], more: true });
    const second = await listAgentFiles(agent, { limit: 3, cursor: first.nextCursor ?? '' });
    expect(summary(second)).toEqual({ total: null, paths: ['d/', 'e.txt', 'f.txt'], more: true });
    const third = await listAgentFiles(agent, { limit: 3, cursor: second.nextCursor ?? '' });
    expect(summary(third)).toEqual({ total: null, paths: ['g/', 'h.txt'], more: false });
  });

  it('answers 400 pointing to the cursor for a page past item 1,000', async () => {
    const agent = { workspace_id: newId('ws'), id: newId('agent') };
    await expect(listAgentFiles(agent, { limit: 100, page: 11 })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: [{ field: 'page', issue: expect.stringContaining('cursor') }],
    });
  });
});

describe('presigned uploads', () => {
  const later = (hours: number) => new Date(Date.now() + hours * 3600 * 1000);

  it('reserve their bytes, and give them back once the URL has expired unused', async () => {
    const ws = newId('ws');
    const agent = anAgent();
    await createUploadUrl(ws, agent, { path: 'never.bin', size: 5000, tier: 'team' });
    expect(await storageUsed(ws)).toBe(5000);
    await listAgentFiles({ workspace_id: ws, id: agent.id }, { limit: 20 }, later(0.5));
    expect(await storageUsed(ws)).toBe(5000);
    await listAgentFiles({ workspace_id: ws, id: agent.id }, { limit: 20 }, later(2));
    expect(await storageUsed(ws)).toBe(0);
  });

  it('keep the bytes of an upload that landed', async () => {
    const ws = newId('ws');
    const agent = anAgent();
    const upload = await createUploadUrl(ws, agent, { path: 'landed.bin', size: 300, tier: 'team' });
    expect((await fetch(upload.url, { method: 'PUT', headers: upload.headers, body: Buffer.alloc(300, 1) })).status).toBe(200);
    await listAgentFiles({ workspace_id: ws, id: agent.id }, { limit: 20 }, later(2));
    expect(await storageUsed(ws)).toBe(300);
    expect((await readAgentFile(ws, agent.id, 'landed.bin')).size).toBe(300);
  });

  it('count only the difference when they replace a file', async () => {
    const ws = newId('ws');
    const agent = anAgent();
    await writeAgentFile(ws, agent, 'report.pdf', Buffer.alloc(1000), { actor: 'user', tier: 'team' });
    await createUploadUrl(ws, agent, { path: 'report.pdf', size: 1500, tier: 'team' });
    expect(await storageUsed(ws)).toBe(1500);
  });

  it('are settled before the API writes the same path, so nothing is counted twice', async () => {
    const ws = newId('ws');
    const agent = anAgent();
    const upload = await createUploadUrl(ws, agent, { path: 'doc.txt', size: 10, tier: 'team' });
    await fetch(upload.url, { method: 'PUT', headers: upload.headers, body: Buffer.alloc(10) });
    await writeAgentFile(ws, agent, 'doc.txt', Buffer.alloc(4), { actor: 'user', tier: 'team' });
    await listAgentFiles({ workspace_id: ws, id: agent.id }, { limit: 20 }, later(2));
    expect(await storageUsed(ws)).toBe(4);
  });
});
