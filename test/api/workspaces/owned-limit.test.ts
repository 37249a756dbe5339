import { DEFAULT_MAX_OWNED_WORKSPACES } from '../../../lambdas/domain/workspaces';
import { api } from '../../support/api-client';
import { aMember, aUser, aWorkspace, type TestUser } from '../../support/fixtures';

/** A user may own at most a configured number of the workspaces they created (issue 12; locally the default). */

const MAX = DEFAULT_MAX_OWNED_WORKSPACES;

const workspaceIds = async (user: TestUser): Promise<string[]> =>
  ((await api.get('/api/workspaces?limit=100', { token: user.token })).body.data.workspaces as { id: string }[]).map((w) => w.id);

const ownedUpTo = async (user: TestUser): Promise<string[]> => {
  const ids: string[] = [];
  for (let i = 0; i < MAX; i += 1) ids.push(await aWorkspace(user, `Owned ${i}`));
  return ids;
};

describe('owned workspace limit', () => {
  it(`a user creating a sixth workspace answers 403 QUOTA_EXCEEDED and creates nothing`, async () => {
    const greedy = await aUser('greedy');
    const owned = await ownedUpTo(greedy);
    const res = await api.post('/api/workspaces', { name: 'One too many' }, { token: greedy.token });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({
      code: 'QUOTA_EXCEEDED',
      details: [{ field: 'workspaces', issue: 'too many', owned: MAX, allowed: MAX }],
    });
    expect((await workspaceIds(greedy)).sort()).toEqual([...owned].sort());
  });

  it(`holds ${MAX} owned workspaces exactly when ${MAX + 3} creates race`, async () => {
    const racer = await aUser('owned-race');
    const answers = await Promise.all(
      Array.from({ length: MAX + 3 }, (_, i) => api.post('/api/workspaces', { name: `Race ${i}` }, { token: racer.token })),
    );
    expect(answers.filter((r) => r.status === 201)).toHaveLength(MAX);
    expect(answers.filter((r) => r.status === 403).map((r) => r.body.error.code)).toEqual(Array(3).fill('QUOTA_EXCEEDED'));
    expect(await workspaceIds(racer)).toHaveLength(MAX);
  });

  it('a creator who hands a workspace over and leaves it may create another', async () => {
    const founder = await aUser('founder');
    const [first] = await ownedUpTo(founder);
    const heir = await aMember(founder, first as string, 'owner');
    expect((await api.delete(`/api/workspaces/${first}/members/${encodeURIComponent(founder.email)}`, { token: heir.token })).status).toBe(
      200,
    );
    expect((await api.post('/api/workspaces', { name: 'After leaving' }, { token: founder.token })).status).toBe(201);
  });

  it('a creator stepping down to admin frees a place, and stepping back up takes it again', async () => {
    const founder = await aUser('stepping');
    const [first] = await ownedUpTo(founder);
    const heir = await aMember(founder, first as string, 'owner');
    const member = `/api/workspaces/${first}/members/${encodeURIComponent(founder.email)}`;
    expect((await api.patch(member, { role: 'admin' }, { token: heir.token })).status).toBe(200);
    expect((await api.post('/api/workspaces', { name: 'While admin' }, { token: founder.token })).status).toBe(201);
    expect((await api.patch(member, { role: 'owner' }, { token: heir.token })).status).toBe(200);
    expect((await api.post('/api/workspaces', { name: 'Over again' }, { token: founder.token })).body.error.code).toBe('QUOTA_EXCEEDED');
  });

  it('a creator removed, invited back as owner and removed again frees one place, not two', async () => {
    const founder = await aUser('returning');
    const [first] = await ownedUpTo(founder);
    const heir = await aMember(founder, first as string, 'owner');
    const member = `/api/workspaces/${first}/members/${encodeURIComponent(founder.email)}`;
    expect((await api.delete(member, { token: heir.token })).status).toBe(200);
    const invited = await api.post(`/api/workspaces/${first}/members`, { email: founder.email, role: 'owner' }, { token: heir.token });
    expect(invited.status).toBe(201);
    // The founder's first request naming the workspace claims the invitation.
    expect((await api.get('/api/agents', { token: founder.token, headers: { 'X-Workspace-ID': first as string } })).status).toBe(200);
    expect((await api.delete(member, { token: heir.token })).status).toBe(200);
    expect((await api.post('/api/workspaces', { name: 'The freed place' }, { token: founder.token })).status).toBe(201);
    const again = await api.post('/api/workspaces', { name: 'A place never freed' }, { token: founder.token });
    expect(again.body.error).toMatchObject({ code: 'QUOTA_EXCEEDED', details: [{ owned: MAX, allowed: MAX }] });
  });

  it('is documented on the create route of the OpenAPI document', async () => {
    const operation = (await api.get('/openapi.json')).body.paths['/api/workspaces'].post;
    expect(operation.description).toContain(`at most ${MAX} workspaces`);
    expect(operation.description).toContain('QUOTA_EXCEEDED');
    expect(Object.keys(operation.responses)).toContain('403');
  });
});
