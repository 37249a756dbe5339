import { api } from '../../support/api-client';
import { aMember, aUser, aWorkspace } from '../../support/fixtures';

describe('workspaces', () => {
  it('creating a workspace makes the caller its owner on the free tier, with Location and ETag', async () => {
    const alice = await aUser('alice');
    const res = await api.post('/api/workspaces', { name: '  Acme  ' }, { token: alice.token });
    expect(res.status).toBe(201);
    expect(res.body.data.workspace).toMatchObject({
      name: 'Acme',
      tier: 'free',
      role: 'owner',
      limits: { requests_per_day: 50, agents: 3 },
      version: 1,
    });
    expect(res.headers.get('location')).toBe(`/api/workspaces/${res.body.data.workspace.id}`);
    expect(res.headers.get('etag')).toBe('"1"');
  });

  it('a name that is empty after trimming or over 100 characters answers 400 naming the field', async () => {
    const alice = await aUser();
    for (const name of ['   ', 'x'.repeat(101)]) {
      const res = await api.post('/api/workspaces', { name }, { token: alice.token });
      expect(res.status).toBe(400);
      expect(res.body.error.details[0].field).toBe('name');
    }
  });

  it('lists the caller’s workspaces, earliest membership first, with their role in each', async () => {
    const alice = await aUser();
    const bob = await aUser();
    const first = await aWorkspace(alice, 'First');
    const second = await aWorkspace(bob, 'Second');
    await api.post(`/api/workspaces/${second}/members`, { email: alice.email, role: 'member' }, { token: bob.token });
    const res = await api.get('/api/workspaces', { token: alice.token });
    expect(res.body.data.workspaces.map((w: { id: string; role: string }) => [w.id, w.role])).toEqual([
      [first, 'owner'],
      [second, 'member'],
    ]);
    expect(res.body.data.pagination).toMatchObject({ total: 2, pages: 1, next_cursor: null });
  });

  it('a user with no workspace gets an empty list', async () => {
    const res = await api.get('/api/workspaces', { token: (await aUser()).token });
    expect(res.status).toBe(200);
    expect(res.body.data.workspaces).toEqual([]);
  });

  it('renaming honours If-Match: a stale version answers 412 VERSION_CONFLICT', async () => {
    const alice = await aUser();
    const ws = await aWorkspace(alice);
    const renamed = await api.patch(`/api/workspaces/${ws}`, { name: 'Renamed' }, { token: alice.token, headers: { 'If-Match': '"1"' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body.data.workspace).toMatchObject({ name: 'Renamed', version: 2 });
    const stale = await api.patch(`/api/workspaces/${ws}`, { name: 'Again' }, { token: alice.token, headers: { 'If-Match': '"1"' } });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
  });

  it('changing an immutable field answers 400 IMMUTABLE_FIELD', async () => {
    const alice = await aUser();
    const ws = await aWorkspace(alice);
    const res = await api.patch(`/api/workspaces/${ws}`, { id: 'ws_other', name: 'x' }, { token: alice.token });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'IMMUTABLE_FIELD', details: [{ field: 'id' }] });
  });

  it('members and admins may not change settings the way owners do', async () => {
    const owner = await aUser();
    const ws = await aWorkspace(owner);
    const member = await aMember(owner, ws, 'member');
    const admin = await aMember(owner, ws, 'admin');
    expect((await api.patch(`/api/workspaces/${ws}`, { name: 'x' }, { token: member.token })).status).toBe(403);
    expect((await api.patch(`/api/workspaces/${ws}`, { name: 'x' }, { token: admin.token })).status).toBe(200);
  });

  it('a free-tier owner raising their own agent limit answers 403 and the limit stays', async () => {
    const owner = await aUser();
    const ws = await aWorkspace(owner);
    const res = await api.patch(`/api/workspaces/${ws}`, { agent_limit_override: 1000 }, { token: owner.token });
    expect({ status: res.status, field: res.body.error?.details?.[0]?.field }).toEqual({ status: 403, field: 'agent_limit_override' });
    const after = (await api.get(`/api/workspaces/${ws}`, { token: owner.token })).body.data.workspace;
    expect({ override: after.agent_limit_override, version: after.version }).toEqual({ override: null, version: 1 });
  });

  it('a platform operator overrides the agent limit', async () => {
    const owner = await aUser();
    const ws = await aWorkspace(owner);
    const operator = await aUser('operator', { platformAdmin: true });
    const override = await api.patch(`/api/workspaces/${ws}`, { agent_limit_override: 10 }, { token: operator.token });
    expect(override.body.data.workspace.limits.agents).toBe(10);
  });

  it('an owner raising how many executions their workspace runs at once answers 403 and the figure stays', async () => {
    const owner = await aUser();
    const ws = await aWorkspace(owner);
    const res = await api.patch(`/api/workspaces/${ws}`, { execution_concurrency_override: 500 }, { token: owner.token });
    expect({ status: res.status, field: res.body.error?.details?.[0]?.field }).toEqual({
      status: 403,
      field: 'execution_concurrency_override',
    });
    const after = (await api.get(`/api/workspaces/${ws}`, { token: owner.token })).body.data.workspace;
    expect({ override: after.execution_concurrency_override, version: after.version }).toEqual({ override: null, version: 1 });
  });

  it('X-Workspace-ID naming a workspace the caller is not in answers 404 on workspace routes', async () => {
    const alice = await aUser();
    const mallory = await aUser();
    const ws = await aWorkspace(alice);
    const res = await api.get(`/api/workspaces/${ws}/usage`, { token: mallory.token, headers: { 'X-Workspace-ID': ws } });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('WORKSPACE_NOT_FOUND');
  });
});
