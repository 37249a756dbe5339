import { api, request } from '../../support/api-client';
import { aMember, aUser, aWorkspace, anApiKey, setTier, type TestUser } from '../../support/fixtures';
import { waitForEvents } from '../../support/local-events';

/** Settings, governance switches, timeout and info of an agent (API.md §2 "Agents"). */

let owner: TestUser;
let workspaceId: string;

beforeAll(async () => {
  owner = await aUser('subresource-owner');
  workspaceId = await aWorkspace(owner);
  await setTier(workspaceId, 'team');
});

const anAgent = async (body: Record<string, unknown> = {}) =>
  (await api.post('/api/agents', { name: `Agent ${Math.random().toString(36).slice(2, 8)}`, ...body }, { token: owner.token })).body.data
    .agent as { id: string; slug: string };

describe('LLM settings', () => {
  it('are read from the agent: provider, model, and the temperature and token limit of its configuration', async () => {
    const agent = await anAgent({ configuration: { temperature: 0.7 } });
    const res = await api.get(`/api/agents/${agent.slug}/settings`, { token: owner.token });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.body.data.settings).toEqual({
      agent_id: agent.id,
      version: 1,
      llm_provider: 'local',
      llm_model: 'local-deterministic',
      llm_temperature: 0.7,
      max_tokens: null,
    });
  });

  it('change only the fields sent, land on the agent and publish agent.updated', async () => {
    const agent = await anAgent({ configuration: { temperature: 0.7, top_p: 0.5 } });
    const res = await api.put(
      `/api/agents/${agent.id}/settings`,
      { llm_provider: 'bedrock', llm_model: 'eu.amazon.nova-lite-v1:0', max_tokens: 4096 },
      { token: owner.token },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"2"');
    expect(res.body.data.settings).toMatchObject({
      llm_provider: 'bedrock',
      llm_model: 'eu.amazon.nova-lite-v1:0',
      llm_temperature: 0.7,
      max_tokens: 4096,
      version: 2,
    });
    const stored = (await api.get(`/api/agents/${agent.id}`, { token: owner.token })).body.data.agent;
    expect(stored).toMatchObject({
      llm_provider: 'bedrock',
      llm_model: 'eu.amazon.nova-lite-v1:0',
      configuration: { temperature: 0.7, max_tokens: 4096, top_p: 0.5 },
    });
    const published = await waitForEvents((e) => e['detail-type'] === 'agent.updated' && e.detail.data.agent_id === agent.id, 1);
    expect((published.at(-1)?.detail.data.changed as string[]).sort()).toEqual(['configuration', 'llm_model', 'llm_provider']);
  });

  it('drop a temperature sent as null, so the provider default applies again', async () => {
    const agent = await anAgent({ configuration: { temperature: 0.7 } });
    const res = await api.put(`/api/agents/${agent.id}/settings`, { llm_temperature: null }, { token: owner.token });
    expect(res.body.data.settings.llm_temperature).toBeNull();
  });

  it.each([
    ['a temperature over 2', { llm_temperature: 2.5 }, 'llm_temperature'],
    ['an unknown provider', { llm_provider: 'anthropic-direct' }, 'llm_provider'],
    ['an empty model', { llm_model: '  ' }, 'llm_model'],
    ['a fractional token limit', { max_tokens: 10.5 }, 'max_tokens'],
    ['an unknown field', { top_k: 3 }, 'top_k'],
    ['nothing to change', {}, 'body'],
  ])('refuse %s with 400 INVALID_INPUT naming the field', async (_, body, field) => {
    const res = await api.put(`/api/agents/${(await anAgent()).id}/settings`, body, { token: owner.token });
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 400, code: 'INVALID_INPUT' });
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('honour If-Match: a stale version answers 412 and changes nothing', async () => {
    const agent = await anAgent();
    const stale = await api.put(
      `/api/agents/${agent.id}/settings`,
      { llm_model: 'x' },
      { token: owner.token, headers: { 'If-Match': '"7"' } },
    );
    expect({ status: stale.status, code: stale.body.error.code }).toEqual({ status: 412, code: 'VERSION_CONFLICT' });
    const current = await api.put(
      `/api/agents/${agent.id}/settings`,
      { llm_model: 'y' },
      { token: owner.token, headers: { 'If-Match': '"1"' } },
    );
    expect(current.body.data.settings).toMatchObject({ llm_model: 'y', version: 2 });
  });
});

describe.each([
  ['autonomy', 'autonomy', 'autonomy_enabled'],
  ['read-only', 'read_only', 'read_only_enabled'],
])('the %s switch', (path, key, field) => {
  it(`is off by default and, turned on, sets ${field} on the agent with a new version`, async () => {
    const agent = await anAgent();
    const before = await api.get(`/api/agents/${agent.id}/${path}`, { token: owner.token });
    expect(before.body.data[key]).toEqual({ agent_id: agent.id, enabled: false, version: 1 });
    const res = await api.put(`/api/agents/${agent.slug}/${path}`, { enabled: true }, { token: owner.token });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"2"');
    expect(res.body.data[key]).toEqual({ agent_id: agent.id, enabled: true, version: 2 });
    expect((await api.get(`/api/agents/${agent.id}`, { token: owner.token })).body.data.agent[field]).toBe(true);
  });

  it.each([[{ enabled: 'yes' }], [{}], [{ enabled: true, extra: 1 }]])('refuses %j with 400 INVALID_INPUT', async (body) => {
    const res = await api.put(`/api/agents/${(await anAgent()).id}/${path}`, body, { token: owner.token });
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 400, code: 'INVALID_INPUT' });
  });
});

describe('the execution timeout', () => {
  it('is 300 seconds by default and takes 10 to 3600', async () => {
    const agent = await anAgent();
    expect((await api.get(`/api/agents/${agent.id}/timeout`, { token: owner.token })).body.data.timeout).toEqual({
      agent_id: agent.id,
      timeout_seconds: 300,
      version: 1,
    });
    for (const [seconds, version] of [
      [10, 2],
      [3600, 3],
    ] as const) {
      const res = await api.put(`/api/agents/${agent.id}/timeout`, { timeout_seconds: seconds }, { token: owner.token });
      expect(res.body.data.timeout).toEqual({ agent_id: agent.id, timeout_seconds: seconds, version });
    }
  });

  it.each([[9], [3601], [30.5], ['60']])('refuses %j with 400 INVALID_INPUT on timeout_seconds', async (seconds) => {
    const res = await api.put(`/api/agents/${(await anAgent()).id}/timeout`, { timeout_seconds: seconds }, { token: owner.token });
    expect({ status: res.status, field: res.body.error.details[0].field }).toEqual({ status: 400, field: 'timeout_seconds' });
  });
});

describe('agent info', () => {
  it('summarises template, capabilities, runtime, resources, LLM and maturity', async () => {
    const agent = await anAgent({
      description: 'Books invoices',
      role: 'finance-agent',
      maturity_level: 'intern',
      template: 'bookkeeper',
      capabilities: ['ledger'],
      runtime: 'python',
      runtime_model: 'py3.12',
      resources: { cpu: 1, memory: '512m' },
      configuration: { temperature: 0.3, top_p: 0.9 },
    });
    await api.post(`/api/agents/${agent.id}/start`, undefined, { token: owner.token });
    const res = await api.get(`/api/agents/${agent.slug}/info`, { token: owner.token });
    expect(res.status).toBe(200);
    expect(res.body.data.info).toEqual({
      agent_id: agent.id,
      version: 2,
      slug: agent.slug,
      name: expect.any(String),
      description: 'Books invoices',
      template: { name: 'bookkeeper', type: 'business-assistant', role: 'finance-agent' },
      capabilities: ['ledger'],
      runtime: { runtime: 'python', runtime_model: 'py3.12', runtime_state: 'running', status: 'active', timeout_seconds: 300 },
      resources: { cpu: 1, memory: '512m' },
      llm: { provider: 'local', model: 'local-deterministic', integration_id: null, temperature: 0.3, max_tokens: null, top_p: 0.9 },
      maturity: { level: 'intern', autonomy_enabled: false, read_only_enabled: false },
    });
  });
});

describe('who may read and change the sub-resources', () => {
  it('a read-only API key reads them, and every change answers 403', async () => {
    const agent = await anAgent();
    const { secret } = await anApiKey(owner, workspaceId, ['read']);
    expect((await api.get(`/api/agents/${agent.id}/settings`, { apiKey: secret })).status).toBe(200);
    const res = await api.put(`/api/agents/${agent.id}/autonomy`, { enabled: true }, { apiKey: secret });
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
  });

  it('a colleague the agent is shared with for `view` reads them, and every change answers 403', async () => {
    const agent = await anAgent();
    const colleague = await aMember(owner, workspaceId, 'member');
    await api.post(`/api/agents/${agent.id}/share`, { email: colleague.email, access: 'view' }, { token: owner.token });
    for (const path of ['settings', 'autonomy', 'read-only', 'timeout', 'info', 'logs', 'stats']) {
      expect({ path, status: (await api.get(`/api/agents/${agent.id}/${path}`, { token: colleague.token })).status }).toEqual({
        path,
        status: 200,
      });
    }
    const changes: [string, unknown][] = [
      ['settings', { llm_model: 'x' }],
      ['autonomy', { enabled: true }],
      ['read-only', { enabled: true }],
      ['timeout', { timeout_seconds: 60 }],
    ];
    for (const [path, body] of changes) {
      const res = await api.put(`/api/agents/${agent.id}/${path}`, body, { token: colleague.token });
      expect({ path, status: res.status, code: res.body.error?.code }).toEqual({ path, status: 403, code: 'FORBIDDEN' });
    }
    expect((await api.get(`/api/agents/${agent.id}`, { token: owner.token })).body.data.agent.version).toBe(1);
  });
});

describe('tenancy of the sub-resources', () => {
  let agent: { id: string; slug: string };
  let foreign: { token: string; apiKey: string };

  beforeAll(async () => {
    agent = await anAgent();
    const stranger = await aUser('stranger');
    const strangerWs = await aWorkspace(stranger);
    await setTier(strangerWs, 'team');
    // The stranger has agents of their own: lookups run in their workspace and must not fall through to another.
    await api.post('/api/agents', { name: 'Their own' }, { token: stranger.token });
    foreign = { token: stranger.token, apiKey: (await anApiKey(stranger, strangerWs, ['read', 'write', 'execute', 'admin'])).secret };
  });

  // Every row names its body (null for none): with fewer values jest would pass its `done` callback instead.
  const probes: [string, string, unknown][] = [
    ['GET', '/api/agents/{agent}/settings', null],
    ['PUT', '/api/agents/{agent}/settings', { llm_model: 'stolen' }],
    ['GET', '/api/agents/{agent}/autonomy', null],
    ['PUT', '/api/agents/{agent}/autonomy', { enabled: true }],
    ['GET', '/api/agents/{agent}/read-only', null],
    ['PUT', '/api/agents/{agent}/read-only', { enabled: true }],
    ['GET', '/api/agents/{agent}/timeout', null],
    ['PUT', '/api/agents/{agent}/timeout', { timeout_seconds: 60 }],
    ['GET', '/api/agents/{agent}/info', null],
    ['GET', '/api/agents/{agent}/logs', null],
    ['GET', '/api/agents/{agent}/stats', null],
  ];

  it.each(probes)('%s %s answers 404 AGENT_NOT_FOUND across workspaces, by id and by slug', async (method, path, body) => {
    for (const ref of [agent.id, agent.slug]) {
      for (const credentials of [{ token: foreign.token }, { apiKey: foreign.apiKey }]) {
        const res = await request(method, path.replace('{agent}', ref), { ...credentials, json: body ?? undefined });
        expect({ method, ref, status: res.status, code: res.body.error?.code }).toEqual({
          method,
          ref,
          status: 404,
          code: 'AGENT_NOT_FOUND',
        });
      }
    }
  });
});
