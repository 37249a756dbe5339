import { api } from '../../support/api-client';
import { aMember, aTokenFor, aUser, aWorkspace } from '../../support/fixtures';

describe('authentication on protected routes', () => {
  it.each([
    ['no credentials', {}],
    ['a malformed bearer token', { token: 'not-a-jwt' }],
    ['an unknown API key', { apiKey: 'ap_live_unknownunknownunknownunknownunknown00' }],
  ])('%s answers 401 UNAUTHORIZED in the envelope', async (_, credentials) => {
    const res = await api.get('/api/workspaces', credentials);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHORIZED');
  });

  it('without X-Workspace-ID a caller works in their earliest workspace', async () => {
    const alice = await aUser();
    const first = await aWorkspace(alice, 'first');
    await aWorkspace(alice, 'second');
    const res = await api.get(`/api/workspaces/${first}/usage`, { token: alice.token });
    expect(res.body.data.usage.requests.today).toBeGreaterThan(0);
  });
});

describe('identity is a verified email bound to one account', () => {
  it('a token whose email is not verified answers 401 UNAUTHORIZED saying so', async () => {
    const { token } = await aTokenFor('unverified@example.com', { email_verified: false });
    const res = await api.get('/api/workspaces', { token });
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ code: 'UNAUTHORIZED', message: expect.stringContaining('not verified') });
  });

  it("an account that takes over a member's email is refused that member's workspace (404)", async () => {
    const owner = await aUser('owner');
    const ws = await aWorkspace(owner);
    const bob = await aMember(owner, ws, 'admin');
    // Bob's first call binds the invitation to his account.
    expect((await api.get(`/api/workspaces/${ws}`, { token: bob.token })).status).toBe(200);

    const impostor = await aTokenFor(bob.email, { sub: 'user_impostor' });
    const named = await api.get(`/api/workspaces/${ws}`, { token: impostor.token, headers: { 'X-Workspace-ID': ws } });
    expect(named.status).toBe(404);
    const listed = await api.get('/api/workspaces', { token: impostor.token });
    expect(listed.body.data.workspaces).toEqual([]);
    const agents = await api.get('/api/agents', { token: impostor.token });
    expect(agents.body.data.agents).toEqual([]);
  });

  it("GET /api/workspaces neither lists nor counts in total the memberships another account holds under the caller's email", async () => {
    const owner = await aUser('owner');
    const held = await aWorkspace(owner, 'Held by the first account');
    const bob = await aMember(owner, held, 'member');
    expect((await api.get(`/api/workspaces/${held}`, { token: bob.token })).status).toBe(200);
    const impostor = await aTokenFor(bob.email, { sub: 'user_total_impostor' });
    const own = await aWorkspace(impostor, 'Impostor own');

    const first = await api.get('/api/workspaces?limit=1', { token: impostor.token });
    expect(first.body.data.workspaces.map((w: { id: string }) => w.id)).toEqual([own]);
    expect(first.body.data.pagination).toMatchObject({ total: 1, pages: 1 });
    const listedByPage = await api.get('/api/workspaces?limit=1&page=2', { token: impostor.token });
    expect(listedByPage.body.data.workspaces).toEqual([]);
    expect((await api.get('/api/workspaces', { token: bob.token })).body.data.pagination.total).toBe(1);
  });

  it('an invitation belongs to the first account that uses it', async () => {
    const owner = await aUser('owner');
    const ws = await aWorkspace(owner);
    const invited = await aMember(owner, ws, 'member');
    const first = await aTokenFor(invited.email, { sub: 'user_first_taker' });
    expect((await api.get(`/api/workspaces/${ws}`, { token: first.token })).status).toBe(200);
    expect((await api.get(`/api/workspaces/${ws}`, { token: invited.token })).status).toBe(404);
  });

  it("the owner's membership is bound from the start: another account with the owner's email gets 404", async () => {
    const owner = await aUser('owner');
    const ws = await aWorkspace(owner);
    const impostor = await aTokenFor(owner.email, { sub: 'user_owner_impostor' });
    expect((await api.get(`/api/workspaces/${ws}`, { token: impostor.token })).status).toBe(404);
  });
});
