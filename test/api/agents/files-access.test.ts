import { api, request } from '../../support/api-client';
import { aMember, aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';

/**
 * POST /api/agents/{agent}/access: short-lived direct access to an agent's files. The local runtime
 * has no STS, so it grants presigned URLs (`mode: presigned`); the deployed STS form is covered by
 * the session-policy unit tests and the infrastructure tests.
 */

let owner: TestUser;
let ws: string;

beforeAll(async () => {
  owner = await aUser('access-owner');
  ws = await aWorkspace(owner);
  await setTier(ws, 'team');
});

const anAgentWithFiles = async (files: Record<string, string>) => {
  const agent = (await api.post('/api/agents', { name: `Accessed ${Math.random().toString(36).slice(2, 8)}` }, { token: owner.token })).body.data.agent as { id: string };
  for (const [path, content] of Object.entries(files)) {
    await request('PUT', `/api/agents/${agent.id}/files?path=${encodeURIComponent(path)}`, { token: owner.token, rawBody: content, headers: { 'Content-Type': 'text/plain' } });
  }
  return agent;
};

const grant = (agentId: string, body: unknown, token = owner.token) => api.post(`/api/agents/${agentId}/access`, body, { token });

const keysListedBy = async (url: string): Promise<string[]> => [...(await (await fetch(url)).text()).matchAll(/<Key>([^<]+)<\/Key>/g)].map((m) => m[1] as string);

describe('direct access to the files', () => {
  it('grants read access as presigned URLs reaching only the agent’s files, for the asked time', async () => {
    const agent = await anAgentWithFiles({ 'a.txt': 'alpha', 'docs/b.txt': 'beta' });
    const other = await anAgentWithFiles({ 'secret.txt': 'not yours' });
    const res = await grant(agent.id, { access: 'read', ttl_seconds: 1200 });
    expect(res.status).toBe(200);
    const { access } = res.body.data;
    expect(access).toMatchObject({ mode: 'presigned', access: 'read', prefix: `ws/${ws}/agents/${agent.id}/files/` });
    expect(Math.abs(Date.parse(access.expires_at) - Date.now() - 1200 * 1000)).toBeLessThan(60 * 1000);
    expect(access.credentials).toBeUndefined();

    expect(await keysListedBy(access.presigned.list_url)).toEqual([`${access.prefix}a.txt`, `${access.prefix}docs/b.txt`]);
    expect(access.presigned.files.map((f: { path: string }) => f.path)).toEqual(['a.txt', 'docs/b.txt']);
    const [first] = access.presigned.files;
    expect(await (await fetch(first.get_url)).text()).toBe('alpha');
    expect(first).not.toHaveProperty('put_url');
    expect(access.presigned.truncated).toBe(false);
    expect(JSON.stringify(access)).not.toContain(other.id);
  });

  it('grants write access with URLs to replace and delete each file', async () => {
    const agent = await anAgentWithFiles({ 'draft.txt': 'v1' });
    const { access } = (await grant(agent.id, { access: 'write' })).body.data;
    expect(access.access).toBe('write');
    const [file] = access.presigned.files;
    expect((await fetch(file.put_url, { method: 'PUT', body: 'version two' })).status).toBe(200);
    expect(await (await fetch(file.get_url)).text()).toBe('version two');
    expect((await fetch(file.delete_url, { method: 'DELETE' })).status).toBe(204);
    expect(await keysListedBy(access.presigned.list_url)).toEqual([]);
  });

  it('defaults to read access for 900 seconds', async () => {
    const { access } = (await grant((await anAgentWithFiles({})).id, {})).body.data;
    expect(access.access).toBe('read');
    expect(Math.abs(Date.parse(access.expires_at) - Date.now() - 900 * 1000)).toBeLessThan(60 * 1000);
  });

  it('gives a read-only agent’s files for reading only, whatever was asked', async () => {
    const agent = await anAgentWithFiles({ 'a.txt': 'alpha' });
    await api.put(`/api/agents/${agent.id}/read-only`, { enabled: true }, { token: owner.token });
    const { access } = (await grant(agent.id, { access: 'write' })).body.data;
    expect(access.access).toBe('read');
    expect(access.presigned.files[0]).not.toHaveProperty('put_url');
    expect(access.presigned.files[0]).not.toHaveProperty('delete_url');
  });

  it.each([
    ['with a TTL shorter than STS allows', { ttl_seconds: 899 }, 'ttl_seconds'],
    ['with a TTL longer than an hour', { ttl_seconds: 3601 }, 'ttl_seconds'],
    ['for an unknown access level', { access: 'admin' }, 'access'],
  ])('refuses a request %s with 400 INVALID_INPUT', async (_, body, field) => {
    const res = await grant((await anAgentWithFiles({})).id, body);
    expect({ status: res.status, code: res.body.error.code, field: res.body.error.details[0].field }).toEqual({ status: 400, code: 'INVALID_INPUT', field });
  });
});

describe('who may grant direct access', () => {
  it('an agent admin and a workspace admin may; `use` and `view` shares may not (403)', async () => {
    const agent = await anAgentWithFiles({ 'a.txt': 'alpha' });
    const helper = await aMember(owner, ws, 'member');
    await api.post(`/api/agents/${agent.id}/admins`, { email: helper.email }, { token: owner.token });
    expect((await grant(agent.id, { access: 'write' }, helper.token)).status).toBe(200);
    const workspaceAdmin = await aMember(owner, ws, 'admin');
    expect((await grant(agent.id, { access: 'write' }, workspaceAdmin.token)).status).toBe(200);
    for (const share of ['use', 'view'] as const) {
      const colleague = await aMember(owner, ws, 'member');
      await api.post(`/api/agents/${agent.id}/share`, { email: colleague.email, access: share }, { token: owner.token });
      const res = await grant(agent.id, { access: 'read' }, colleague.token);
      expect({ share, status: res.status, code: res.body.error.code }).toEqual({ share, status: 403, code: 'FORBIDDEN' });
    }
  });

  it('a member without access to the agent gets 404', async () => {
    const agent = await anAgentWithFiles({});
    const member = await aMember(owner, ws, 'member');
    expect((await grant(agent.id, {}, member.token)).status).toBe(404);
  });
});
