import { storedFileSize } from '../../../lambdas/data/file-accounting';
import { storageUsed } from '../../../lambdas/data/storage-usage';
import { api, request } from '../../support/api-client';
import { aMember, aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';

/**
 * Mounted folders take effect in the files API: a folder another agent publishes, once mounted,
 * is that agent's files under `mounts/<publisher-slug>/<folder>/`, read-only or read-write as
 * published, and gone the moment it is unmounted.
 */

type AgentRef = { id: string; slug: string };

let owner: TestUser;
let ws: string;

beforeAll(async () => {
  owner = await aUser('mounts-owner');
  ws = await aWorkspace(owner);
  await setTier(ws, 'team');
});

const anAgent = async (user: TestUser = owner): Promise<AgentRef> =>
  (await api.post('/api/agents', { name: `Mount agent ${Math.random().toString(36).slice(2, 8)}` }, { token: user.token })).body.data.agent;

const at = (path: string) => `?path=${encodeURIComponent(path)}`;
const upload = (agent: AgentRef, path: string, body: string, token = owner.token) =>
  request('PUT', `/api/agents/${agent.id}/files${at(path)}`, { token, rawBody: body, headers: { 'Content-Type': 'text/plain' } });
const remove = (agent: AgentRef, path: string, token = owner.token) => api.delete(`/api/agents/${agent.id}/files${at(path)}`, { token });
const downloadLink = (agent: AgentRef, path: string, token = owner.token) =>
  api.get(`/api/agents/${agent.id}/files/download${at(path)}`, { token });
const contentOf = async (agent: AgentRef, path: string): Promise<string> => {
  const res = await downloadLink(agent, path);
  expect(res.status).toBe(302);
  return (await fetch(res.headers.get('location') as string)).text();
};
const listed = async (agent: AgentRef, prefix: string) =>
  (
    await api.get(`/api/agents/${agent.id}/files?prefix=${encodeURIComponent(prefix)}&recursive=true`, { token: owner.token })
  ).body.data.files.map((f: { path: string }) => f.path);

const putFolders = (agent: AgentRef, body: { publish?: unknown[]; mount?: unknown[] }, token = owner.token) =>
  api.put(`/api/agents/${agent.id}/folders`, { publish: [], mount: [], ...body }, { token });

/** A publisher with `out/reports/q1.md`, published as `reports`, and a consumer mounting it. */
const aMountedFolder = async (access: 'read' | 'write') => {
  const publisher = await anAgent();
  const consumer = await anAgent();
  expect((await upload(publisher, 'out/reports/q1.md', 'first quarter')).status).toBe(200);
  expect((await putFolders(publisher, { publish: [{ name: 'reports', path: 'out/reports', access }] })).status).toBe(200);
  expect(
    (await putFolders(consumer, { mount: [{ from_agent: publisher.slug, name: 'reports', mount_path: 'shared/reports' }] })).status,
  ).toBe(200);
  return { publisher, consumer, mounted: `mounts/${publisher.slug}/reports/` };
};

const errorOf = (res: { status: number; body: { error?: { code: string } } }) => ({ status: res.status, code: res.body.error?.code });

describe('a mounted folder in the files API', () => {
  it('lists and downloads the publisher’s files under mounts/<publisher-slug>/<folder>/', async () => {
    const { consumer, mounted } = await aMountedFolder('read');
    expect(await listed(consumer, mounted)).toEqual([`${mounted}q1.md`]);
    expect(await contentOf(consumer, `${mounted}q1.md`)).toBe('first quarter');
    const link = await downloadLink(consumer, `${mounted}q1.md`);
    expect(link.body.data.download).toMatchObject({ path: `${mounted}q1.md`, size: 13 });
  });

  it('shows the mounted folder in one-level listings on the way down to it, until unmounted', async () => {
    const { publisher, consumer, mounted } = await aMountedFolder('read');
    await upload(consumer, 'notes.md', 'own');
    const level = async (prefix: string) =>
      (await api.get(`/api/agents/${consumer.id}/files?prefix=${encodeURIComponent(prefix)}`, { token: owner.token })).body.data.files.map(
        (f: { path: string; type: string }) => [f.path, f.type],
      );
    expect(await level('')).toEqual([
      ['mounts/', 'folder'],
      ['notes.md', 'file'],
    ]);
    expect(await level('mounts/')).toEqual([[`mounts/${publisher.slug}/`, 'folder']]);
    expect(await level(`mounts/${publisher.slug}/`)).toEqual([[mounted, 'folder']]);
    expect(await level(mounted)).toEqual([[`${mounted}q1.md`, 'file']]);
    expect((await putFolders(consumer, { mount: [] })).status).toBe(200);
    expect(await level('')).toEqual([['notes.md', 'file']]);
  });

  it('refuses writes and deletes through a read-only mount with 403, changing nothing', async () => {
    const { publisher, consumer, mounted } = await aMountedFolder('read');
    expect(errorOf(await upload(consumer, `${mounted}q1.md`, 'overwritten'))).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect(errorOf(await remove(consumer, `${mounted}q1.md`))).toEqual({ status: 403, code: 'FORBIDDEN' });
    const presign = await api.post(
      `/api/agents/${consumer.id}/files/uploads`,
      { path: `${mounted}big.bin`, size: 10 },
      { token: owner.token },
    );
    expect(errorOf(presign)).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect(await contentOf(publisher, 'out/reports/q1.md')).toBe('first quarter');
  });

  it('writes through a read-write mount into the publisher’s files, charged there, and deletes there', async () => {
    const { publisher, consumer, mounted } = await aMountedFolder('write');
    const before = await storageUsed(ws);
    const written = await upload(consumer, `${mounted}q2.md`, 'second');
    expect(written.status).toBe(200);
    expect(written.body.data.file).toMatchObject({ path: `${mounted}q2.md`, size: 6 });
    expect(await contentOf(publisher, 'out/reports/q2.md')).toBe('second');
    expect(await storedFileSize(publisher.id, 'out/reports/q2.md')).toMatchObject({ size: 6 });
    expect(await storageUsed(ws)).toBe(before + 6);
    expect(await listed(consumer, '')).toEqual([]);

    expect((await remove(consumer, `${mounted}q2.md`)).status).toBe(200);
    expect(errorOf(await downloadLink(publisher, 'out/reports/q2.md'))).toEqual({ status: 404, code: 'FILE_NOT_FOUND' });
    expect(await storageUsed(ws)).toBe(before);
  });

  it('answers 404 as soon as the folder is unmounted, and lists nothing there', async () => {
    const { consumer, mounted } = await aMountedFolder('write');
    expect((await putFolders(consumer, { mount: [] })).status).toBe(200);
    expect(errorOf(await downloadLink(consumer, `${mounted}q1.md`))).toEqual({ status: 404, code: 'FILE_NOT_FOUND' });
    expect(errorOf(await upload(consumer, `${mounted}q1.md`, 'x'))).toEqual({ status: 404, code: 'FILE_NOT_FOUND' });
    expect(await listed(consumer, mounted)).toEqual([]);
  });

  it('answers 404 once the folder is no longer published: its publisher deleted', async () => {
    const { publisher, consumer, mounted } = await aMountedFolder('read');
    expect((await api.delete(`/api/agents/${publisher.id}`, { token: owner.token })).status).toBe(200);
    expect(errorOf(await downloadLink(consumer, `${mounted}q1.md`))).toEqual({ status: 404, code: 'FILE_NOT_FOUND' });
  });

  it('follows the publisher’s access: a folder turned read-only refuses writes at once', async () => {
    const { publisher, consumer, mounted } = await aMountedFolder('write');
    expect((await putFolders(publisher, { publish: [{ name: 'reports', path: 'out/reports', access: 'read' }] })).status).toBe(200);
    expect(errorOf(await upload(consumer, `${mounted}q1.md`, 'x'))).toEqual({ status: 403, code: 'FORBIDDEN' });
  });

  it('answers 404 for any path under mounts/ that names no mount', async () => {
    const { consumer, publisher } = await aMountedFolder('read');
    for (const path of [
      'mounts/readme.md',
      `mounts/${publisher.slug}/drafts/a.md`,
      `mounts/someone/reports/q1.md`,
      `mounts/${publisher.slug}/reports`,
    ]) {
      expect(errorOf(await downloadLink(consumer, path))).toEqual({ status: 404, code: 'FILE_NOT_FOUND' });
    }
  });

  it('never reaches another workspace: a same-named path there stays 404', async () => {
    const { publisher, mounted } = await aMountedFolder('read');
    const stranger = await aUser('mounts-stranger');
    await aWorkspace(stranger);
    const theirs = await anAgent(stranger);
    expect(errorOf(await downloadLink(theirs, `${mounted}q1.md`, stranger.token))).toEqual({ status: 404, code: 'FILE_NOT_FOUND' });
    expect(errorOf(await downloadLink(publisher, 'out/reports/q1.md', stranger.token))).toEqual({ status: 404, code: 'AGENT_NOT_FOUND' });
  });
});

describe('mounting a folder published for writing', () => {
  it('takes manage access to the publisher: a member who can only use it gets 403', async () => {
    const member = await aMember(owner, ws, 'member');
    const publisher = await anAgent();
    const consumer = await anAgent(member);
    await putFolders(publisher, {
      publish: [
        { name: 'inbox', path: 'inbox', access: 'write' },
        { name: 'docs', path: 'docs', access: 'read' },
      ],
    });
    expect(
      (await api.post(`/api/agents/${publisher.id}/share`, { email: member.email, access: 'use' }, { token: owner.token })).status,
    ).toBe(201);

    const refused = await putFolders(consumer, { mount: [{ from_agent: publisher.id, name: 'inbox', mount_path: 'inbox' }] }, member.token);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({
      code: 'FORBIDDEN',
      details: [{ field: 'mount.0', from_agent: publisher.id, name: 'inbox' }],
    });
    expect(
      (await putFolders(consumer, { mount: [{ from_agent: publisher.id, name: 'docs', mount_path: 'docs' }] }, member.token)).status,
    ).toBe(200);
  });
});
