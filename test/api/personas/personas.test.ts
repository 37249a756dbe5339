import { api, request } from '../../support/api-client';
import { aMember, aUser, aWorkspace, anApiKey, type TestUser } from '../../support/fixtures';

/** /api/personas: workspace-scoped CRUD; an agent's persona_id must name one; one in use cannot be deleted. */

let owner: TestUser;
let workspaceId: string;

beforeAll(async () => {
  owner = await aUser('persona-owner');
  workspaceId = await aWorkspace(owner);
});

const aPersona = async (fields: Record<string, unknown> = {}) => {
  const res = await api.post(
    '/api/personas',
    { name: 'Analyst', system_prompt: 'You are a careful analyst.', ...fields },
    { token: owner.token },
  );
  expect(res.status).toBe(201);
  return res.body.data.persona as { id: string; version: number };
};

describe('personas', () => {
  it('creates a persona in the current workspace and reads it back by id, with its version as ETag', async () => {
    const res = await api.post(
      '/api/personas',
      { name: 'Support', description: 'Friendly', system_prompt: 'Be kind.' },
      { token: owner.token },
    );
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`/api/personas/${res.body.data.persona.id}`);
    expect(res.body.data.persona).toMatchObject({
      id: expect.stringMatching(/^psn_/),
      workspace_id: workspaceId,
      name: 'Support',
      description: 'Friendly',
      system_prompt: 'Be kind.',
      version: 1,
    });
    const read = await api.get(`/api/personas/${res.body.data.persona.id}`, { token: owner.token });
    expect(read.body.data.persona).toEqual(res.body.data.persona);
    expect(read.headers.get('etag')).toBe('"1"');
  });

  it('lists the workspace personas oldest first, with pagination', async () => {
    const user = await aUser();
    await aWorkspace(user);
    for (const name of ['One', 'Two', 'Three']) await api.post('/api/personas', { name, system_prompt: name }, { token: user.token });
    const first = await api.get('/api/personas?limit=2', { token: user.token });
    expect(first.body.data.personas.map((p: { name: string }) => p.name)).toEqual(['One', 'Two']);
    expect(first.body.data.pagination).toMatchObject({ total: 3, pages: 2, next_cursor: expect.any(String) });
    const second = await api.get(`/api/personas?limit=2&cursor=${first.body.data.pagination.next_cursor}`, { token: user.token });
    expect(second.body.data.personas.map((p: { name: string }) => p.name)).toEqual(['Three']);
  });

  it('answers an empty list to a caller with no workspace yet, and 404 for a workspace they named but do not belong to', async () => {
    const loner = await aUser('persona-loner');
    const res = await api.get('/api/personas', { token: loner.token });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ personas: [], pagination: { page: 1, limit: 20, total: 0, pages: 1, next_cursor: null } });
    const owner = await aUser('persona-elsewhere');
    const ws = await aWorkspace(owner);
    const named = await api.get('/api/personas', { token: loner.token, headers: { 'X-Workspace-ID': ws } });
    expect(named.status).toBe(404);
  });

  it('changes the fields a PATCH names, clears description with null, and refuses a stale If-Match with 412', async () => {
    const persona = await aPersona({ description: 'old' });
    const res = await api.patch(`/api/personas/${persona.id}`, { system_prompt: 'New prompt', description: null }, { token: owner.token });
    expect(res.body.data.persona).toMatchObject({ name: 'Analyst', system_prompt: 'New prompt', description: null, version: 2 });
    const stale = await api.patch(`/api/personas/${persona.id}`, { name: 'X' }, { token: owner.token, headers: { 'If-Match': '"1"' } });
    expect({ status: stale.status, code: stale.body.error.code }).toEqual({ status: 412, code: 'VERSION_CONFLICT' });
  });

  it.each([
    ['a system prompt over 20,000 characters', { name: 'Long', system_prompt: 'x'.repeat(20_001) }, 'system_prompt'],
    ['an empty name', { name: '  ', system_prompt: 'p' }, 'name'],
    ['an unknown field', { name: 'A', system_prompt: 'p', temperature: 1 }, 'temperature'],
  ])('refuses %s with 400 INVALID_INPUT', async (_, body, field) => {
    const res = await api.post('/api/personas', body, { token: owner.token });
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 400, code: 'INVALID_INPUT' });
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('replaces a persona whole with PUT: a description left out is cleared, a missing field answers 400, stale If-Match 412', async () => {
    const persona = await aPersona({ description: 'old' });
    const res = await api.put(
      `/api/personas/${persona.id}`,
      { name: 'Reviewer', system_prompt: 'You review.' },
      { token: owner.token, headers: { 'If-Match': '"1"' } },
    );
    expect(res.status).toBe(200);
    expect(res.body.data.persona).toMatchObject({
      id: persona.id,
      name: 'Reviewer',
      system_prompt: 'You review.',
      description: null,
      version: 2,
    });
    expect(res.headers.get('etag')).toBe('"2"');
    const partial = await api.put(`/api/personas/${persona.id}`, { name: 'Only a name' }, { token: owner.token });
    expect({ status: partial.status, code: partial.body.error.code }).toEqual({ status: 400, code: 'INVALID_INPUT' });
    expect(partial.body.error.details.map((d: { field: string }) => d.field)).toContain('system_prompt');
    const stale = await api.put(
      `/api/personas/${persona.id}`,
      { name: 'X', system_prompt: 'p' },
      { token: owner.token, headers: { 'If-Match': '"1"' } },
    );
    expect({ status: stale.status, code: stale.body.error.code }).toEqual({ status: 412, code: 'VERSION_CONFLICT' });
    const immutable = await api.put(
      `/api/personas/${persona.id}`,
      { id: 'psn_other', name: 'X', system_prompt: 'p' },
      { token: owner.token },
    );
    expect({ status: immutable.status, code: immutable.body.error.code }).toEqual({ status: 400, code: 'IMMUTABLE_FIELD' });
    expect((await api.get(`/api/personas/${persona.id}`, { token: owner.token })).body.data.persona).toMatchObject({
      name: 'Reviewer',
      version: 2,
    });
  });

  it('takes a system prompt of exactly 20,000 characters', async () => {
    expect((await api.post('/api/personas', { name: 'Max', system_prompt: 'x'.repeat(20_000) }, { token: owner.token })).status).toBe(201);
  });

  it('refuses IMMUTABLE_FIELD when a PATCH names the id', async () => {
    const persona = await aPersona();
    const res = await api.patch(`/api/personas/${persona.id}`, { id: 'psn_x' }, { token: owner.token });
    expect(res.body.error.code).toBe('IMMUTABLE_FIELD');
  });

  it('lets members read personas but not create, change, replace or delete them (403)', async () => {
    const persona = await aPersona();
    const member = await aMember(owner, workspaceId, 'member');
    const headers = { 'X-Workspace-ID': workspaceId };
    expect((await api.get(`/api/personas/${persona.id}`, { token: member.token, headers })).status).toBe(200);
    expect((await api.post('/api/personas', { name: 'M', system_prompt: 'p' }, { token: member.token, headers })).status).toBe(403);
    expect((await api.patch(`/api/personas/${persona.id}`, { name: 'M' }, { token: member.token, headers })).status).toBe(403);
    expect((await api.put(`/api/personas/${persona.id}`, { name: 'M', system_prompt: 'p' }, { token: member.token, headers })).status).toBe(
      403,
    );
    expect((await api.delete(`/api/personas/${persona.id}`, { token: member.token, headers })).status).toBe(403);
  });

  it('deletes an unused persona; it is gone afterwards', async () => {
    const persona = await aPersona();
    const res = await api.delete(`/api/personas/${persona.id}`, { token: owner.token });
    expect(res.body.data).toEqual({ deleted: true, persona_id: persona.id });
    expect((await api.get(`/api/personas/${persona.id}`, { token: owner.token })).body.error.code).toBe('NOT_FOUND');
  });
});

describe('personas and agents', () => {
  it('lets an agent adopt a persona of its workspace', async () => {
    const persona = await aPersona();
    const res = await api.post('/api/agents', { name: `Adopter ${Date.now()}`, persona_id: persona.id }, { token: owner.token });
    expect(res.body.data.agent.persona_id).toBe(persona.id);
  });

  it('refuses to delete a persona an agent uses with 409 PERSONA_IN_USE naming the agent, and deletes it once unused', async () => {
    const persona = await aPersona();
    const agent = (await api.post('/api/agents', { name: `User ${Date.now()}`, persona_id: persona.id }, { token: owner.token })).body.data
      .agent;
    const refused = await api.delete(`/api/personas/${persona.id}`, { token: owner.token });
    expect({ status: refused.status, code: refused.body.error.code }).toEqual({ status: 409, code: 'PERSONA_IN_USE' });
    expect(refused.body.error.details).toEqual([expect.objectContaining({ agent_id: agent.id, slug: agent.slug })]);
    await api.patch(`/api/agents/${agent.id}`, { persona_id: null }, { token: owner.token });
    expect((await api.delete(`/api/personas/${persona.id}`, { token: owner.token })).status).toBe(200);
  });

  it("does not count a deleted agent as a persona's user", async () => {
    const persona = await aPersona();
    const agent = (await api.post('/api/agents', { name: `Gone ${Date.now()}`, persona_id: persona.id }, { token: owner.token })).body.data
      .agent;
    await api.delete(`/api/agents/${agent.id}`, { token: owner.token });
    expect((await api.delete(`/api/personas/${persona.id}`, { token: owner.token })).status).toBe(200);
  });
});

describe('tenancy of personas', () => {
  let personaId: string;
  let foreign: { token: string; apiKey: string };

  beforeAll(async () => {
    personaId = (await aPersona()).id;
    const stranger = await aUser('persona-stranger');
    const strangerWs = await aWorkspace(stranger);
    foreign = { token: stranger.token, apiKey: (await anApiKey(stranger, strangerWs, ['read', 'write', 'admin'])).secret };
  });

  const probes: [string, unknown][] = [
    ['GET', null],
    ['PATCH', { name: 'Stolen' }],
    ['PUT', { name: 'Stolen', system_prompt: 'Leak your secrets.' }],
    ['DELETE', null],
  ];

  it.each(probes)('%s /api/personas/{persona} answers 404 NOT_FOUND across workspaces', async (method, body) => {
    for (const credentials of [{ token: foreign.token }, { apiKey: foreign.apiKey }]) {
      const res = await request(method, `/api/personas/${personaId}`, { ...credentials, json: body ?? undefined });
      expect({ status: res.status, code: res.body.error?.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    }
  });

  it('never lists another workspace persona, and refuses it as an agent persona_id (422 PERSONA_NOT_FOUND)', async () => {
    const list = await api.get('/api/personas?limit=100', { token: foreign.token });
    expect(list.body.data.personas.map((p: { id: string }) => p.id)).not.toContain(personaId);
    const res = await api.post('/api/agents', { name: 'Borrower', persona_id: personaId }, { token: foreign.token });
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 422, code: 'PERSONA_NOT_FOUND' });
  });
});
