import { api } from '../../support/api-client';
import { aMember, aUser, aWorkspace, anApiKey, setTier, type TestUser } from '../../support/fixtures';

/** API keys act with the rights their scopes name, expire when asked to, and leave with the person who created them. */

let owner: TestUser;
let workspaceId: string;
let agentId: string;
let writeKey: string;

beforeAll(async () => {
  owner = await aUser('key-rights-owner');
  workspaceId = await aWorkspace(owner);
  await setTier(workspaceId, 'team');
  agentId = (await api.post('/api/agents', { name: 'Keyed' }, { token: owner.token })).body.data.agent.id;
  writeKey = (await anApiKey(owner, workspaceId, ['read', 'write', 'execute'])).secret;
});

const refusal = (res: { status: number; body: { error?: { code?: string } } }) => ({ status: res.status, code: res.body.error?.code });

describe('a key without the admin scope is not a workspace admin', () => {
  it.each([
    ['exporting credentials', `/api/agents/{agent}/credentials/export`, { passphrase: 'a long enough passphrase' }],
    ['asking for direct file access', `/api/agents/{agent}/access`, { access: 'read' }],
    ['publishing a plugin', '/api/plugins', { name: `keyed-${Date.now().toString(36)}`, description: 'x', size: 10 }],
    ['creating a persona', '/api/personas', { name: 'Keyed', system_prompt: 'x' }],
  ])('%s with a read/write/execute key answers 403', async (_what, path, body) => {
    expect(refusal(await api.post(path.replace('{agent}', agentId), body, { apiKey: writeKey }))).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    });
  });

  it('a key minting another key answers 403, even with the admin scope', async () => {
    const { secret } = await anApiKey(owner, workspaceId, ['admin']);
    expect(
      refusal(await api.post(`/api/workspaces/${workspaceId}/api-keys`, { name: 'child', scopes: ['admin'] }, { apiKey: secret })),
    ).toEqual({ status: 403, code: 'FORBIDDEN' });
  });
});

describe('expiry', () => {
  it('a key past its expires_at answers 401', async () => {
    const expiresAt = new Date(Date.now() + 1500).toISOString();
    const created = await api.post(
      `/api/workspaces/${workspaceId}/api-keys`,
      { name: 'short', scopes: ['read'], expires_at: expiresAt },
      { token: owner.token },
    );
    expect({
      status: created.status,
      expires_at: created.body.data.api_key.expires_at,
      created_by: created.body.data.api_key.created_by,
    }).toEqual({ status: 201, expires_at: expiresAt, created_by: owner.email });
    const secret = created.body.data.api_key.secret as string;
    expect((await api.get('/api/agents', { apiKey: secret })).status).toBe(200);
    const deadline = Date.now() + 10_000;
    while (Date.now() <= Date.parse(expiresAt) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect((await api.get('/api/agents', { apiKey: secret })).status).toBe(401);
  });

  it('an expires_at in the past answers 400', async () => {
    const res = await api.post(
      `/api/workspaces/${workspaceId}/api-keys`,
      { name: 'stale', scopes: ['read'], expires_at: '2020-01-01T00:00:00Z' },
      { token: owner.token },
    );
    expect({ status: res.status, field: res.body.error.details[0].field }).toEqual({ status: 400, field: 'expires_at' });
  });
});

describe('removing a member', () => {
  it('a removed admin’s API key answers 401 on the next request; the owner’s keys keep working', async () => {
    const admin = await aMember(owner, workspaceId, 'admin');
    const { secret } = await anApiKey(admin, workspaceId, ['read']);
    expect((await api.get('/api/agents', { apiKey: secret })).status).toBe(200);
    expect((await api.delete(`/api/workspaces/${workspaceId}/members/${admin.email}`, { token: owner.token })).status).toBe(200);
    expect((await api.get('/api/agents', { apiKey: secret })).status).toBe(401);
    expect((await api.get('/api/agents', { apiKey: writeKey })).status).toBe(200);
  });

  it('a removed member who is invited back does not regain their agent shares or agent-admin rights', async () => {
    const shared = await aMember(owner, workspaceId, 'member');
    const helper = await aMember(owner, workspaceId, 'member');
    await api.post(`/api/agents/${agentId}/share`, { email: shared.email, access: 'use' }, { token: owner.token });
    await api.post(`/api/agents/${agentId}/admins`, { email: helper.email }, { token: owner.token });
    for (const user of [shared, helper]) {
      const as = { token: user.token, headers: { 'X-Workspace-ID': workspaceId } };
      expect((await api.get(`/api/agents/${agentId}`, as)).status).toBe(200);
      expect((await api.delete(`/api/workspaces/${workspaceId}/members/${user.email}`, { token: owner.token })).status).toBe(200);
      expect(
        (await api.post(`/api/workspaces/${workspaceId}/members`, { email: user.email, role: 'member' }, { token: owner.token })).status,
      ).toBe(201);
      expect({ email: user.email, status: (await api.get(`/api/agents/${agentId}`, as)).status }).toEqual({
        email: user.email,
        status: 404,
      });
    }
    expect((await api.get(`/api/agents/${agentId}/admins`, { token: owner.token })).body.data.admins).toEqual([]);
  });
});
