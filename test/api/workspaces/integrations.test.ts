import { api } from '../../support/api-client';
import { aMember, aUser, aWorkspace, anApiKey, type TestUser } from '../../support/fixtures';

const SECRET = 'sk-test-never-shown-0123456789';

const anIntegration = async (owner: TestUser, ws: string, body: Record<string, unknown>) => {
  const res = await api.post(`/api/workspaces/${ws}/integrations`, body, { token: owner.token });
  if (res.status !== 201) throw new Error(`integration creation failed: ${JSON.stringify(res.body)}`);
  return res.body.data.integration as { id: string; is_default: boolean; version: number };
};

describe('integrations', () => {
  let owner: TestUser;
  let ws: string;
  beforeAll(async () => {
    owner = await aUser('owner');
    ws = await aWorkspace(owner);
  });

  it('create → get → list shows config and credential names, never the secret', async () => {
    const created = await api.post(
      `/api/workspaces/${ws}/integrations`,
      {
        kind: 'embedding',
        provider: 'openai-compatible',
        name: 'Embeddings',
        config: { base_url: 'https://llm.example/v1', model: 'e5' },
        credentials: { API_KEY: SECRET },
      },
      { token: owner.token },
    );
    expect(created.status).toBe(201);
    const { id } = created.body.data.integration;
    expect(created.headers.get('location')).toBe(`/api/workspaces/${ws}/integrations/${id}`);
    expect(created.body.data.integration).toMatchObject({
      kind: 'embedding',
      provider: 'openai-compatible',
      config: { model: 'e5' },
      credentials: { configured: true, names: ['API_KEY'] },
      is_default: true,
      agents: 0,
    });
    const fetched = await api.get(`/api/workspaces/${ws}/integrations/${id}`, { token: owner.token });
    const listed = await api.get(`/api/workspaces/${ws}/integrations`, { token: owner.token });
    expect(listed.body.data.integrations.map((i: { id: string }) => i.id)).toContain(id);
    for (const res of [created, fetched, listed]) expect(JSON.stringify(res.body)).not.toContain(SECRET);
  });

  it('keeps one default per kind: the first becomes it, a later one can take it over', async () => {
    const ws2 = await aWorkspace(owner);
    const first = await anIntegration(owner, ws2, { kind: 'llm', provider: 'local', name: 'First' });
    const second = await anIntegration(owner, ws2, { kind: 'llm', provider: 'bedrock', name: 'Second' });
    expect([first.is_default, second.is_default]).toEqual([true, false]);

    const promoted = await api.patch(`/api/workspaces/${ws2}/integrations/${second.id}`, { is_default: true }, { token: owner.token });
    expect(promoted.body.data.integration.is_default).toBe(true);
    const listed = await api.get(`/api/workspaces/${ws2}/integrations`, { token: owner.token });
    const defaults = listed.body.data.integrations.filter((i: { is_default: boolean }) => i.is_default).map((i: { id: string }) => i.id);
    expect(defaults).toEqual([second.id]);
    expect((await api.get(`/api/workspaces/${ws2}`, { token: owner.token })).body.data.workspace.default_integrations).toEqual({
      llm: second.id,
      embedding: null,
      storage: null,
    });
  });

  it('new agents get the workspace defaults; an explicit null opts out', async () => {
    const ws3 = await aWorkspace(owner);
    const llm = await anIntegration(owner, ws3, { kind: 'llm', provider: 'local', name: 'LLM' });
    const storage = await anIntegration(owner, ws3, { kind: 'storage', provider: 'local', name: 'Vectors' });
    const headers = { 'X-Workspace-ID': ws3 };
    const withDefaults = await api.post('/api/agents', { name: 'Uses defaults' }, { token: owner.token, headers });
    expect(withDefaults.body.data.agent).toMatchObject({ llm_integration_id: llm.id, storage_integration_id: storage.id });
    const without = await api.post('/api/agents', { name: 'No storage', storage_integration_id: null }, { token: owner.token, headers });
    expect(without.body.data.agent).toMatchObject({ llm_integration_id: llm.id, storage_integration_id: null });
    expect((await api.get(`/api/workspaces/${ws3}/integrations/${llm.id}`, { token: owner.token })).body.data.integration.agents).toBe(2);
  });

  it('an embedding default becomes a new agent’s embedding_integration_id, held in use, and of the embedding kind only', async () => {
    // A user owns at most five workspaces: this one belongs to someone else.
    const embedder = await aUser('embedder');
    const ws7 = await aWorkspace(embedder);
    const headers = { 'X-Workspace-ID': ws7 };
    const embedding = await anIntegration(embedder, ws7, { kind: 'embedding', provider: 'local', name: 'Embeddings' });
    const llm = await anIntegration(embedder, ws7, { kind: 'llm', provider: 'local', name: 'LLM' });
    const agent = (await api.post('/api/agents', { name: 'Embeds' }, { token: embedder.token, headers })).body.data.agent;
    expect(agent).toMatchObject({ embedding_integration_id: embedding.id, llm_integration_id: llm.id });
    const inUse = await api.delete(`/api/workspaces/${ws7}/integrations/${embedding.id}`, { token: embedder.token });
    expect({ status: inUse.status, code: inUse.body.error?.code }).toEqual({ status: 409, code: 'INTEGRATION_IN_USE' });
    const wrongKind = await api.patch(`/api/agents/${agent.id}`, { embedding_integration_id: llm.id }, { token: embedder.token, headers });
    expect({ status: wrongKind.status, code: wrongKind.body.error?.code, field: wrongKind.body.error?.details?.[0]?.field }).toEqual({
      status: 422,
      code: 'INTEGRATION_NOT_FOUND',
      field: 'embedding_integration_id',
    });
    const moved = await api.patch(`/api/agents/${agent.id}`, { embedding_integration_id: null }, { token: embedder.token, headers });
    expect(moved.body.data.agent.embedding_integration_id).toBeNull();
    expect((await api.delete(`/api/workspaces/${ws7}/integrations/${embedding.id}`, { token: embedder.token })).status).toBe(200);
  });

  it('refuses deletion while agents use it (409), and allows it once they moved away', async () => {
    const ws4 = await aWorkspace(owner);
    const headers = { 'X-Workspace-ID': ws4 };
    const llm = await anIntegration(owner, ws4, { kind: 'llm', provider: 'local', name: 'LLM' });
    const agent = (await api.post('/api/agents', { name: 'Busy' }, { token: owner.token, headers })).body.data.agent;

    const refused = await api.delete(`/api/workspaces/${ws4}/integrations/${llm.id}`, { token: owner.token });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'INTEGRATION_IN_USE', details: [expect.objectContaining({ agents: 1 })] });

    await api.patch(`/api/agents/${agent.id}`, { llm_integration_id: null }, { token: owner.token, headers });
    const deleted = await api.delete(`/api/workspaces/${ws4}/integrations/${llm.id}`, { token: owner.token });
    expect(deleted.body.data).toEqual({ deleted: true, integration_id: llm.id });
    expect((await api.get(`/api/workspaces/${ws4}`, { token: owner.token })).body.data.workspace.default_integrations.llm).toBeNull();
  });

  it('a deleted agent stops counting as a user of its integration', async () => {
    const ws5 = await aWorkspace(owner);
    const headers = { 'X-Workspace-ID': ws5 };
    const llm = await anIntegration(owner, ws5, { kind: 'llm', provider: 'local', name: 'LLM' });
    const agent = (await api.post('/api/agents', { name: 'Short lived' }, { token: owner.token, headers })).body.data.agent;
    await api.delete(`/api/agents/${agent.id}`, { token: owner.token, headers });
    expect((await api.delete(`/api/workspaces/${ws5}/integrations/${llm.id}`, { token: owner.token })).status).toBe(200);
  });

  it('an agent must name an integration of its workspace and of the right kind (422)', async () => {
    // A user owns at most five workspaces: this one belongs to someone else.
    const other = await aUser('owner');
    const ws6 = await aWorkspace(other);
    const headers = { 'X-Workspace-ID': ws6 };
    const storage = await anIntegration(other, ws6, { kind: 'storage', provider: 'local', name: 'Vectors', is_default: false });
    const foreign = await anIntegration(owner, ws, { kind: 'llm', provider: 'local', name: 'Elsewhere', is_default: false });
    for (const llm_integration_id of [storage.id, foreign.id, 'int_01JAAAAAAAAAAAAAAAAAAAAAAA']) {
      const res = await api.post(
        '/api/agents',
        { name: `Wrong ${llm_integration_id}`, llm_integration_id },
        { token: other.token, headers },
      );
      expect({ status: res.status, code: res.body.error?.code, field: res.body.error?.details?.[0]?.field }).toEqual({
        status: 422,
        code: 'INTEGRATION_NOT_FOUND',
        field: 'llm_integration_id',
      });
    }
    const agents = (await api.get('/api/agents?q=wrong', { token: other.token, headers })).body.data.agents;
    expect(agents).toEqual([]);
  });

  it('validates the provider against the kind and refuses to change the kind', async () => {
    const badProvider = await api.post(
      `/api/workspaces/${ws}/integrations`,
      { kind: 'storage', provider: 'bedrock', name: 'x' },
      { token: owner.token },
    );
    expect(badProvider.status).toBe(400);
    expect(badProvider.body.error.details[0].field).toBe('provider');
    const llm = await anIntegration(owner, ws, { kind: 'llm', provider: 'local', name: 'Fixed kind', is_default: false });
    const kindChange = await api.patch(`/api/workspaces/${ws}/integrations/${llm.id}`, { kind: 'storage' }, { token: owner.token });
    expect(kindChange.body.error.code).toBe('IMMUTABLE_FIELD');
    const providerChange = await api.patch(
      `/api/workspaces/${ws}/integrations/${llm.id}`,
      { provider: 'pgvector' },
      { token: owner.token },
    );
    expect(providerChange.status).toBe(400);
  });

  it('replaces or removes credentials and honours If-Match', async () => {
    const llm = await anIntegration(owner, ws, {
      kind: 'llm',
      provider: 'openai-compatible',
      name: 'Rotating',
      credentials: { API_KEY: SECRET },
      is_default: false,
    });
    const rotated = await api.patch(
      `/api/workspaces/${ws}/integrations/${llm.id}`,
      { credentials: { API_KEY: 'new', ORG: 'o' } },
      { token: owner.token, headers: { 'If-Match': `"${llm.version}"` } },
    );
    expect(rotated.body.data.integration.credentials).toEqual({ configured: true, names: ['API_KEY', 'ORG'] });
    const stale = await api.patch(
      `/api/workspaces/${ws}/integrations/${llm.id}`,
      { name: 'late' },
      { token: owner.token, headers: { 'If-Match': `"${llm.version}"` } },
    );
    expect(stale.status).toBe(412);
    const cleared = await api.patch(`/api/workspaces/${ws}/integrations/${llm.id}`, { credentials: null }, { token: owner.token });
    expect(cleared.body.data.integration.credentials).toEqual({ configured: false, names: [] });
  });

  it('members read integrations but only owners and admins change them; read keys cannot create', async () => {
    const member = await aMember(owner, ws, 'member');
    expect((await api.get(`/api/workspaces/${ws}/integrations`, { token: member.token })).status).toBe(200);
    const refused = await api.post(
      `/api/workspaces/${ws}/integrations`,
      { kind: 'llm', provider: 'local', name: 'x' },
      { token: member.token },
    );
    expect(refused.status).toBe(403);
    const { secret } = await anApiKey(owner, ws, ['read']);
    expect(
      (await api.post(`/api/workspaces/${ws}/integrations`, { kind: 'llm', provider: 'local', name: 'x' }, { apiKey: secret })).status,
    ).toBe(403);
  });

  it("another workspace's integration id answers 404 under this workspace", async () => {
    const stranger = await aUser('stranger');
    const other = await aWorkspace(stranger);
    const foreign = await anIntegration(stranger, other, { kind: 'llm', provider: 'local', name: 'Theirs' });
    const res = await api.get(`/api/workspaces/${ws}/integrations/${foreign.id}`, { token: owner.token });
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
  });
});
