import { api } from '../../support/api-client';
import { aMember, aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';

/** GET /api/auth/agents: the agents the caller can access, with the caller's effective level on each. */

type Summary = { id: string; slug: string; access: string };
const accessible = async (user: TestUser, query = '') =>
  (await api.get(`/api/auth/agents${query}`, { token: user.token })).body.data as {
    agents: Summary[];
    pagination: Record<string, unknown>;
  };
const ids = (agents: { id: string }[]) => agents.map((a) => a.id).sort();

let owner: TestUser;
let member: TestUser;
let ws: string;
const agents: Record<string, { id: string; slug: string }> = {};

beforeAll(async () => {
  owner = await aUser('auth-owner');
  ws = await aWorkspace(owner);
  await setTier(ws, 'team');
  member = await aMember(owner, ws, 'member');
  agents.created = (await api.post('/api/agents', { name: 'Mine Too' }, { token: member.token })).body.data.agent;
  for (const name of ['Zulu Admin', 'Bravo Use', 'Kilo View', 'Hidden']) {
    agents[name] = (await api.post('/api/agents', { name }, { token: owner.token })).body.data.agent;
  }
  await api.post(`/api/agents/${agents['Zulu Admin']?.id}/admins`, { email: member.email }, { token: owner.token });
  await api.post(`/api/agents/${agents['Bravo Use']?.id}/share`, { email: member.email, access: 'use' }, { token: owner.token });
  await api.post(`/api/agents/${agents['Kilo View']?.id}/share`, { email: member.email, access: 'view' }, { token: owner.token });
});

describe('accessible agents', () => {
  it('give a member each agent they can reach with their level, by slug, and nothing else', async () => {
    const { agents: listed, pagination } = await accessible(member);
    expect(listed.map((a) => [a.slug, a.access])).toEqual([
      ['bravo-use', 'use'],
      ['kilo-view', 'view'],
      ['mine-too', 'owner'],
      ['zulu-admin', 'admin'],
    ]);
    expect(pagination).toEqual({ page: 1, limit: 20, total: 4, pages: 1, next_cursor: null });
  });

  it('are the agents GET /api/agents shows, for members and for owners', async () => {
    for (const user of [member, owner]) {
      const shown = (await api.get('/api/agents?limit=100', { token: user.token })).body.data.agents;
      expect(ids((await accessible(user, '?limit=100')).agents)).toEqual(ids(shown));
    }
  });

  it("give the workspace's owners and admins every agent, as owner, including the system agent", async () => {
    const admin = await aMember(owner, ws, 'admin');
    const listed = (await accessible(admin, '?limit=100')).agents;
    expect(listed.map((a) => a.slug)).toEqual(['bravo-use', 'default', 'hidden', 'kilo-view', 'mine-too', 'zulu-admin']);
    expect(new Set(listed.map((a) => a.access))).toEqual(new Set(['owner']));
  });

  it('page by number, with no cursor', async () => {
    const second = await accessible(member, '?limit=3&page=2');
    expect(second.agents.map((a) => a.slug)).toEqual(['zulu-admin']);
    expect(second.pagination).toEqual({ page: 2, limit: 3, total: 4, pages: 2, next_cursor: null });
    const ownerSecond = await accessible(owner, '?limit=4&page=2');
    expect(ownerSecond.agents.map((a) => a.slug)).toEqual(['mine-too', 'zulu-admin']);
    expect(ownerSecond.pagination).toMatchObject({ page: 2, total: 6, next_cursor: null });
  });

  it('leave out deleted agents and shares taken back', async () => {
    const gone = (await api.post('/api/agents', { name: 'Soon Gone' }, { token: member.token })).body.data.agent;
    await api.delete(`/api/agents/${gone.id}`, { token: member.token });
    await api.delete(`/api/agents/${agents['Kilo View']?.id}/share/${encodeURIComponent(member.email)}`, { token: owner.token });
    expect((await accessible(member)).agents.map((a) => a.slug)).toEqual(['bravo-use', 'mine-too', 'zulu-admin']);
  });

  it('are empty for a caller with no workspace', async () => {
    const loner = await aUser('loner');
    expect(await accessible(loner, '?page=2')).toEqual({
      agents: [],
      pagination: { page: 2, limit: 20, total: 0, pages: 1, next_cursor: null },
    });
  });
});
