import { api, request } from '../../support/api-client';
import { aMember, aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';

const slugs = (res: { body: { data: { agents: { slug: string }[] } } }) => res.body.data.agents.map((a) => a.slug).sort();

describe('sharing and agent admins', () => {
  let owner: TestUser;
  let ws: string;
  let agentId: string;

  beforeAll(async () => {
    owner = await aUser('owner');
    ws = await aWorkspace(owner);
    await setTier(ws, 'team');
    agentId = (await api.post('/api/agents', { name: 'Shared Thing' }, { token: owner.token })).body.data.agent.id;
  });

  it('a colleague shared with `use` sees the agent and may read it, but not change or delete it', async () => {
    const colleague = await aMember(owner, ws, 'member');
    expect((await api.get(`/api/agents/${agentId}`, { token: colleague.token })).status).toBe(404);
    const shared = await api.post(`/api/agents/${agentId}/share`, { email: colleague.email, access: 'use' }, { token: owner.token });
    expect(shared.status).toBe(201);
    expect(shared.body.data.share).toMatchObject({ email: colleague.email, access: 'use', granted_by: owner.email });
    expect(slugs(await api.get('/api/agents', { token: colleague.token }))).toEqual(['shared-thing']);
    expect((await api.get(`/api/agents/shared-thing`, { token: colleague.token })).status).toBe(200);
    const patch = await api.patch(`/api/agents/${agentId}`, { description: 'mine now' }, { token: colleague.token });
    expect(patch.status).toBe(403);
    expect(patch.body.error.details[0]).toMatchObject({ access: 'use', needed: 'manage' });
    expect((await api.delete(`/api/agents/${agentId}`, { token: colleague.token })).status).toBe(403);
    const auth = await api.get('/api/auth/agents', { token: colleague.token });
    expect(auth.body.data.agents).toEqual([expect.objectContaining({ id: agentId, access: 'use' })]);

    expect((await api.delete(`/api/agents/${agentId}/share/${encodeURIComponent(colleague.email)}`, { token: owner.token })).status).toBe(
      200,
    );
    expect((await api.get(`/api/agents/${agentId}`, { token: colleague.token })).status).toBe(404);
  });

  it('an agent admin may change the agent but not delete it', async () => {
    const helper = await aMember(owner, ws, 'member');
    expect((await api.post(`/api/agents/${agentId}/admins`, { email: helper.email }, { token: owner.token })).status).toBe(201);
    expect((await api.get(`/api/agents/${agentId}/admins`, { token: helper.token })).body.data.admins).toEqual([
      expect.objectContaining({ email: helper.email, access: 'admin' }),
    ]);
    expect((await api.patch(`/api/agents/${agentId}`, { description: 'tuned' }, { token: helper.token })).status).toBe(200);
    expect((await api.delete(`/api/agents/${agentId}`, { token: helper.token })).status).toBe(403);
    expect((await api.delete(`/api/agents/${agentId}/admins/${encodeURIComponent(helper.email)}`, { token: owner.token })).status).toBe(
      200,
    );
    expect((await api.patch(`/api/agents/${agentId}`, { description: 'again' }, { token: helper.token })).status).toBe(404);
  });

  it('only workspace members can be given access, once', async () => {
    const outsider = await aUser('outsider');
    const refused = await api.post(`/api/agents/${agentId}/share`, { email: outsider.email }, { token: owner.token });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('NOT_A_MEMBER');
    const member = await aMember(owner, ws, 'member');
    await api.post(`/api/agents/${agentId}/share`, { email: member.email, access: 'view' }, { token: owner.token });
    expect((await api.post(`/api/agents/${agentId}/share`, { email: member.email, access: 'use' }, { token: owner.token })).status).toBe(
      409,
    );
  });

  it('a member who created an agent owns it: they share it, and the workspace admin sees everything with owner access', async () => {
    const creator = await aMember(owner, ws, 'member');
    const reader = await aMember(owner, ws, 'member');
    const own = (await api.post('/api/agents', { name: 'Creators Own' }, { token: creator.token })).body.data.agent;
    expect((await api.post(`/api/agents/${own.id}/share`, { email: reader.email, access: 'view' }, { token: creator.token })).status).toBe(
      201,
    );
    expect(slugs(await api.get('/api/agents', { token: reader.token }))).toEqual(['creators-own']);
    const admin = await aMember(owner, ws, 'admin');
    const auth = await api.get('/api/auth/agents?limit=100', { token: admin.token });
    expect(auth.body.data.agents.every((a: { access: string }) => a.access === 'owner')).toBe(true);
    expect(auth.body.data.agents.map((a: { id: string }) => a.id)).toEqual(expect.arrayContaining([own.id, agentId]));
  });

  it('sharing routes answer 404 across workspaces', async () => {
    const stranger = await aUser('stranger');
    await aWorkspace(stranger);
    const probes: [string, string, unknown][] = [
      ['POST', `/api/agents/${agentId}/share`, { email: stranger.email }],
      ['GET', `/api/agents/${agentId}/shares`, null],
      ['DELETE', `/api/agents/${agentId}/share/${encodeURIComponent(owner.email)}`, null],
      ['GET', `/api/agents/${agentId}/admins`, null],
      ['POST', `/api/agents/${agentId}/admins`, { email: stranger.email }],
      ['DELETE', `/api/agents/${agentId}/admins/${encodeURIComponent(owner.email)}`, null],
    ];
    for (const [method, path, body] of probes) {
      const res = await request(method, path, { token: stranger.token, json: body ?? undefined });
      expect({ method, path, status: res.status }).toEqual({ method, path, status: 404 });
    }
    expect((await api.get('/api/auth/agents', { token: stranger.token })).body.data.agents.map((a: { id: string }) => a.id)).not.toContain(
      agentId,
    );
  });
});
