import { createServer } from 'node:net';
import { api } from '../../support/api-client';
import { aMember, anApiKey, aUser, aWorkspace, type TestUser } from '../../support/fixtures';
import { aMinimalPlugin, enablePlugin } from '../../support/plugins';

const HEALTHY = { healthy: true, reason: null };

/** A loopback port nothing listens on: a model server that is down. */
const aClosedPort = async (): Promise<number> => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
};

describe('agent health', () => {
  let owner: TestUser;
  let ws: string;
  let agent: string;
  const as = () => ({ token: owner.token, headers: { 'X-Workspace-ID': ws } });

  beforeAll(async () => {
    owner = await aUser('health-owner');
    ws = await aWorkspace(owner);
    agent = (await api.post('/api/agents', { name: 'Checked' }, as())).body.data.agent.id;
  });

  it('is never checked until something checks it', async () => {
    const fresh = (await api.post('/api/agents', { name: 'Unchecked' }, as())).body.data.agent;
    expect(fresh.health).toEqual({ healthy: true, checked_at: null, capabilities: {} });
  });

  it('GET /health checks a configured agent, answers every capability healthy, and the agent shows the stored result', async () => {
    const res = await api.get(`/api/agents/${agent}/health`, as());
    expect(res.status).toBe(200);
    expect(res.body.data.health).toEqual({
      healthy: true,
      checked_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      capabilities: { model: HEALTHY, plugins: HEALTHY, credentials: HEALTHY, integrations: HEALTHY },
    });
    expect((await api.get(`/api/agents/${agent}`, as())).body.data.agent.health).toEqual(res.body.data.health);
  });

  it('probe=true makes one model call through the provider, and a query it does not know answers 400', async () => {
    const probed = await api.get(`/api/agents/${agent}/health?probe=true`, as());
    expect(probed.status).toBe(200);
    expect(probed.body.data.health.capabilities.model).toEqual(HEALTHY);
    const bad = await api.get(`/api/agents/${agent}/health?probe=yes`, as());
    expect({ status: bad.status, code: bad.body.error.code }).toEqual({ status: 400, code: 'INVALID_INPUT' });
  });

  it("checks a model's credentials without calling it, again when the provider changes; only a probe finds its server down", async () => {
    const remote = (
      await api.post('/api/agents', { name: 'Remote model', llm_provider: 'openai-compatible', llm_model: 'gpt-4o-mini' }, as())
    ).body.data.agent.id;
    const unconfigured = (await api.get(`/api/agents/${remote}/health`, as())).body.data.health;
    expect(unconfigured.healthy).toBe(false);
    expect(unconfigured.capabilities.model).toEqual({ healthy: false, reason: expect.stringContaining('OPENAI_API_KEY') });

    const local = await api.patch(`/api/agents/${remote}`, { llm_provider: 'local', llm_model: 'local-deterministic' }, as());
    expect(local.body.data.agent.health).toMatchObject({ healthy: true, capabilities: { model: HEALTHY } });
    const back = await api.patch(`/api/agents/${remote}`, { llm_provider: 'openai-compatible', llm_model: 'gpt-4o-mini' }, as());
    expect(back.body.data.agent.health.capabilities.model).toEqual(unconfigured.capabilities.model);

    const baseUrl = `http://127.0.0.1:${await aClosedPort()}/v1`;
    expect(
      (
        await api.post(
          `/api/agents/${remote}/credentials/inject`,
          { credentials: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: baseUrl } },
          as(),
        )
      ).status,
    ).toBe(200);
    expect((await api.get(`/api/agents/${remote}/health`, as())).body.data.health.capabilities.model).toEqual(HEALTHY);
    const probed = (await api.get(`/api/agents/${remote}/health?probe=true`, as())).body.data.health;
    expect(probed.healthy).toBe(false);
    expect(probed.capabilities.model).toEqual({ healthy: false, reason: expect.stringContaining('the probe call to gpt-4o-mini failed') });
    expect(JSON.stringify(probed)).not.toContain('sk-test');
  });

  it('fails when a credential a plugin needs is deleted: start answers 409 AGENT_UNHEALTHY naming the check, unless forced', async () => {
    const plugin = await aMinimalPlugin(owner, { requires_credentials: ['SEARCH_API_KEY'] });
    expect((await enablePlugin(owner, ws, plugin.id)).status).toBe(200);
    expect((await api.put(`/api/agents/${agent}/plugins`, { plugin_ids: [plugin.id] }, as())).status).toBe(200);
    // Assigning the plugin checked again: its credential is missing.
    expect((await api.get(`/api/agents/${agent}`, as())).body.data.agent.health.capabilities.credentials).toEqual({
      healthy: false,
      reason: expect.stringContaining('SEARCH_API_KEY'),
    });

    expect((await api.post(`/api/agents/${agent}/credentials/inject`, { credentials: { SEARCH_API_KEY: 'search' } }, as())).status).toBe(
      200,
    );
    expect((await api.get(`/api/agents/${agent}`, as())).body.data.agent.health.healthy).toBe(true);
    const started = await api.post(`/api/agents/${agent}/start`, undefined, as());
    expect(started.status).toBe(200);
    expect(started.body.data.agent.health.healthy).toBe(true);
    expect((await api.post(`/api/agents/${agent}/stop`, undefined, as())).status).toBe(200);

    expect((await api.delete(`/api/agents/${agent}/credentials/SEARCH_API_KEY`, as())).status).toBe(200);
    const afterDelete = (await api.get(`/api/agents/${agent}`, as())).body.data.agent.health;
    expect(afterDelete.healthy).toBe(false);
    expect(afterDelete.capabilities.credentials).toEqual({ healthy: false, reason: expect.stringContaining('SEARCH_API_KEY') });
    const checked = (await api.get(`/api/agents/${agent}/health`, as())).body.data.health;
    expect({ healthy: checked.healthy, credentials: checked.capabilities.credentials, model: checked.capabilities.model }).toEqual({
      healthy: false,
      credentials: afterDelete.capabilities.credentials,
      model: HEALTHY,
    });

    const refused = await api.post(`/api/agents/${agent}/start`, undefined, as());
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'AGENT_UNHEALTHY', message: expect.stringContaining('credentials') });
    expect(refused.body.error.details).toEqual([
      { field: 'health.capabilities.credentials', check: 'credentials', issue: expect.stringContaining('SEARCH_API_KEY') },
    ]);
    expect((await api.get(`/api/agents/${agent}`, as())).body.data.agent.runtime_state).toBe('stopped');

    const forced = await api.post(`/api/agents/${agent}/start`, { force: true }, as());
    expect(forced.status).toBe(200);
    expect(forced.body.data.agent).toMatchObject({ runtime_state: 'running', health: { healthy: false } });
    expect(forced.body.data.credentials_injection).toEqual({
      status: 'missing',
      required: ['SEARCH_API_KEY'],
      present: [],
      missing: ['SEARCH_API_KEY'],
    });
    expect((await api.post(`/api/agents/${agent}/stop`, undefined, as())).status).toBe(200);
    expect((await api.post(`/api/agents/${agent}/start?force=true`, undefined, as())).status).toBe(200);
  });

  it('refuses a probe (it calls the model) to a key without execute scope and a view share (403); their plain check passes', async () => {
    const readKey = await anApiKey(owner, ws, ['read']);
    const byKey = await api.get(`/api/agents/${agent}/health?probe=true`, { apiKey: readKey.secret, headers: { 'X-Workspace-ID': ws } });
    expect({ status: byKey.status, code: byKey.body.error?.code, missing: byKey.body.error?.details?.[0]?.missing }).toEqual({
      status: 403,
      code: 'FORBIDDEN',
      missing: ['execute'],
    });
    expect((await api.get(`/api/agents/${agent}/health`, { apiKey: readKey.secret, headers: { 'X-Workspace-ID': ws } })).status).toBe(200);

    const viewer = await aMember(owner, ws, 'member', 'health-viewer');
    await api.post(`/api/agents/${agent}/share`, { email: viewer.email, access: 'view' }, as());
    const byViewer = await api.get(`/api/agents/${agent}/health?probe=true`, { token: viewer.token, headers: { 'X-Workspace-ID': ws } });
    expect({ status: byViewer.status, needed: byViewer.body.error?.details?.[0]?.needed }).toEqual({ status: 403, needed: 'use' });
    expect((await api.get(`/api/agents/${agent}/health`, { token: viewer.token, headers: { 'X-Workspace-ID': ws } })).status).toBe(200);
  });
});
