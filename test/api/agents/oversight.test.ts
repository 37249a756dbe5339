import { api } from '../../support/api-client';
import { aMember, aUser, aWorkspace, anApiKey, setTier, type TestUser } from '../../support/fixtures';

/** Who may lessen the human oversight of an agent: a level above student, autonomy on, read-only off. */

let owner: TestUser;
let member: TestUser;
let workspaceId: string;

beforeAll(async () => {
  owner = await aUser('oversight-owner');
  workspaceId = await aWorkspace(owner);
  await setTier(workspaceId, 'team');
  member = await aMember(owner, workspaceId, 'member');
});

const asMember = () => ({ token: member.token, headers: { 'X-Workspace-ID': workspaceId } });
const name = () => `Agent ${Math.random().toString(36).slice(2, 8)}`;
const agentCount = async () => (await api.get('/api/agents', { token: owner.token })).body.data.pagination.total as number;

describe('a member promoting their own agent', () => {
  it.each([[{ maturity_level: 'autonomous' }], [{ maturity_level: 'intern' }], [{ autonomy_enabled: true }]])(
    'creating an agent with %j answers 403 and creates nothing',
    async (body) => {
      const before = await agentCount();
      const res = await api.post('/api/agents', { name: name(), ...body }, asMember());
      expect({ status: res.status, code: res.body.error?.code, field: res.body.error?.details?.[0]?.field }).toEqual({
        status: 403,
        code: 'FORBIDDEN',
        field: Object.keys(body)[0],
      });
      expect(await agentCount()).toBe(before);
    },
  );

  it('turning autonomy on or read-only off on an agent they created answers 403 on every route', async () => {
    const agent = (await api.post('/api/agents', { name: name(), read_only_enabled: true }, asMember())).body.data.agent as { id: string };
    const attempts: [string, string, unknown][] = [
      ['PATCH', `/api/agents/${agent.id}`, { autonomy_enabled: true }],
      ['PUT', `/api/agents/${agent.id}`, { read_only_enabled: false }],
      ['PUT', `/api/agents/${agent.id}/autonomy`, { enabled: true }],
      ['PUT', `/api/agents/${agent.id}/read-only`, { enabled: false }],
    ];
    for (const [method, path, body] of attempts) {
      const res = method === 'PATCH' ? await api.patch(path, body, asMember()) : await api.put(path, body, asMember());
      expect({ method, path, status: res.status, code: res.body.error?.code }).toEqual({ method, path, status: 403, code: 'FORBIDDEN' });
    }
    expect((await api.get(`/api/agents/${agent.id}`, { token: owner.token })).body.data.agent).toMatchObject({
      autonomy_enabled: false,
      read_only_enabled: true,
      version: 1,
    });
  });

  it('a member may still tighten oversight: read-only on and autonomy off', async () => {
    const agent = (await api.post('/api/agents', { name: name() }, asMember())).body.data.agent as { id: string };
    expect((await api.put(`/api/agents/${agent.id}/read-only`, { enabled: true }, asMember())).status).toBe(200);
    expect((await api.put(`/api/agents/${agent.id}/autonomy`, { enabled: false }, asMember())).status).toBe(200);
  });

  it('nobody patches maturity, not even an owner: it changes only through graduation', async () => {
    const agent = (await api.post('/api/agents', { name: name() }, { token: owner.token })).body.data.agent as { id: string };
    const res = await api.patch(`/api/agents/${agent.id}`, { maturity_level: 'autonomous' }, { token: owner.token });
    expect({ status: res.status, code: res.body.error?.code }).toEqual({ status: 400, code: 'IMMUTABLE_FIELD' });
  });
});

describe('an API key without the admin scope', () => {
  it('creating an autonomous agent with a write-scoped key answers 403', async () => {
    const { secret } = await anApiKey(owner, workspaceId, ['read', 'write']);
    const res = await api.post('/api/agents', { name: name(), maturity_level: 'autonomous', autonomy_enabled: true }, { apiKey: secret });
    expect({ status: res.status, code: res.body.error?.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
  });

  it('turning autonomy on with a write-scoped key answers 403', async () => {
    const agent = (await api.post('/api/agents', { name: name() }, { token: owner.token })).body.data.agent as { id: string };
    const { secret } = await anApiKey(owner, workspaceId, ['write']);
    expect((await api.put(`/api/agents/${agent.id}/autonomy`, { enabled: true }, { apiKey: secret })).status).toBe(403);
  });
});

describe('workspace owners and admins', () => {
  it('an admin creates an autonomous agent and turns read-only off; an admin-scoped key turns autonomy on', async () => {
    const admin = await aMember(owner, workspaceId, 'admin');
    const created = await api.post(
      '/api/agents',
      { name: name(), maturity_level: 'autonomous', autonomy_enabled: true, read_only_enabled: true },
      { token: admin.token, headers: { 'X-Workspace-ID': workspaceId } },
    );
    expect(created.status).toBe(201);
    const id = created.body.data.agent.id as string;
    expect(
      (await api.put(`/api/agents/${id}/read-only`, { enabled: false }, { token: admin.token, headers: { 'X-Workspace-ID': workspaceId } }))
        .status,
    ).toBe(200);
    await api.put(`/api/agents/${id}/autonomy`, { enabled: false }, { token: owner.token });
    const { secret } = await anApiKey(owner, workspaceId, ['admin']);
    expect((await api.put(`/api/agents/${id}/autonomy`, { enabled: true }, { apiKey: secret })).status).toBe(200);
  });
});
