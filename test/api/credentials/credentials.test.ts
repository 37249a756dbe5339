import { createHmac } from 'node:crypto';
import { api, request } from '../../support/api-client';
import { aMember, aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';

const OPENAI_KEY = 'sk-live-3c8a0f1e9b7d4e2aa1b2c3d4e5f60718';
const GITHUB_TOKEN = 'ghp_0123456789abcdefABCDEF0123456789abcd';
const PASSPHRASE = 'correct horse battery staple';
/** Salted per agent: the first 8 hex digits of an HMAC-SHA256 keyed by the agent id. */
const fingerprint = (value: string, agentId: string) =>
  createHmac('sha256', `credential-fingerprint:${agentId}`).update(value).digest('hex').slice(0, 8);

const anAgent = async (user: TestUser, headers: Record<string, string>, name: string): Promise<string> =>
  (await api.post('/api/agents', { name }, { token: user.token, headers })).body.data.agent.id;

describe('agent credentials', () => {
  let owner: TestUser;
  let headers: Record<string, string>;
  let agent: string;
  const base = () => `/api/agents/${agent}/credentials`;

  beforeAll(async () => {
    owner = await aUser('owner');
    const ws = await aWorkspace(owner);
    await setTier(ws, 'team');
    headers = { 'X-Workspace-ID': ws };
    agent = await anAgent(owner, headers, 'Keeper');
  });

  it('inject → status shows names, times and fingerprints, never a value', async () => {
    const injected = await api.post(
      `${base()}/inject`,
      { credentials: { OPENAI_API_KEY: OPENAI_KEY, GITHUB_TOKEN } },
      { token: owner.token, headers },
    );
    expect(injected.status).toBe(200);
    const status = await api.get(`${base()}/status`, { token: owner.token, headers });
    expect(status.body.data.credentials).toEqual([
      { name: 'GITHUB_TOKEN', updated_at: expect.any(String), fingerprint: fingerprint(GITHUB_TOKEN, agent) },
      { name: 'OPENAI_API_KEY', updated_at: expect.any(String), fingerprint: fingerprint(OPENAI_KEY, agent) },
    ]);
    for (const res of [injected, status]) {
      expect(JSON.stringify(res.body)).not.toContain(OPENAI_KEY);
      expect(JSON.stringify(res.body)).not.toContain(GITHUB_TOKEN);
    }
  });

  it('a second inject merges: other names keep their time, a replaced one gets a new fingerprint', async () => {
    const target = await anAgent(owner, headers, 'Merger');
    const url = `/api/agents/${target}/credentials`;
    const first = (await api.post(`${url}/inject`, { credentials: { A_KEY: 'one', B_KEY: 'two' } }, { token: owner.token, headers })).body
      .data.credentials;
    const second = (await api.post(`${url}/inject`, { credentials: { B_KEY: 'three' } }, { token: owner.token, headers })).body.data
      .credentials;
    expect(second[0]).toEqual(first[0]);
    expect(second[1]).toEqual({ name: 'B_KEY', updated_at: expect.any(String), fingerprint: fingerprint('three', target) });
  });

  it('export → import into another agent carries every credential over, fingerprinted for the new agent', async () => {
    const exported = await api.post(`${base()}/export`, { passphrase: PASSPHRASE }, { token: owner.token, headers });
    expect(exported.body.data).toMatchObject({
      format: 'agent-platform/credentials',
      version: 1,
      credentials: ['GITHUB_TOKEN', 'OPENAI_API_KEY'],
    });
    expect(JSON.stringify(exported.body)).not.toContain(OPENAI_KEY);

    const other = await anAgent(owner, headers, 'Heir');
    const imported = await api.post(
      `/api/agents/${other}/credentials/import`,
      { bundle: exported.body.data.bundle, passphrase: PASSPHRASE },
      { token: owner.token, headers },
    );
    expect(imported.status).toBe(200);
    const original = (await api.get(`${base()}/status`, { token: owner.token, headers })).body.data.credentials;
    expect(imported.body.data.credentials.map((c: { name: string; fingerprint: string }) => [c.name, c.fingerprint])).toEqual([
      ['GITHUB_TOKEN', fingerprint(GITHUB_TOKEN, other)],
      ['OPENAI_API_KEY', fingerprint(OPENAI_KEY, other)],
    ]);
    expect(imported.body.data.credentials.map((c: { fingerprint: string }) => c.fingerprint)).not.toEqual(
      original.map((c: { fingerprint: string }) => c.fingerprint),
    );
  });

  it('replace mode removes names the bundle lacks; merge keeps them', async () => {
    const source = await anAgent(owner, headers, 'Source');
    await api.post(`/api/agents/${source}/credentials/inject`, { credentials: { ONLY_IN_BUNDLE: 'x' } }, { token: owner.token, headers });
    const { bundle } = (
      await api.post(`/api/agents/${source}/credentials/export`, { passphrase: PASSPHRASE }, { token: owner.token, headers })
    ).body.data;
    const target = await anAgent(owner, headers, 'Target');
    await api.post(`/api/agents/${target}/credentials/inject`, { credentials: { KEEP_OR_DROP: 'y' } }, { token: owner.token, headers });
    const url = `/api/agents/${target}/credentials/import`;
    const merged = await api.post(url, { bundle, passphrase: PASSPHRASE, mode: 'merge' }, { token: owner.token, headers });
    expect(merged.body.data.credentials.map((c: { name: string }) => c.name)).toEqual(['KEEP_OR_DROP', 'ONLY_IN_BUNDLE']);
    const replaced = await api.post(url, { bundle, passphrase: PASSPHRASE, mode: 'replace' }, { token: owner.token, headers });
    expect(replaced.body.data.credentials.map((c: { name: string }) => c.name)).toEqual(['ONLY_IN_BUNDLE']);
  });

  it('a wrong passphrase or a flipped byte answers 422 INVALID_BUNDLE and writes nothing', async () => {
    const { bundle } = (await api.post(`${base()}/export`, { passphrase: PASSPHRASE }, { token: owner.token, headers })).body.data;
    const target = await anAgent(owner, headers, 'Untouched');
    await api.post(`/api/agents/${target}/credentials/inject`, { credentials: { EXISTING: 'kept' } }, { token: owner.token, headers });
    const before = (await api.get(`/api/agents/${target}/credentials/status`, { token: owner.token, headers })).body.data.credentials;

    const decoded = JSON.parse(Buffer.from(bundle, 'base64').toString('utf8'));
    const data = Buffer.from(decoded.data, 'base64');
    data[3] = (data[3] ?? 0) ^ 0x01;
    const flipped = Buffer.from(JSON.stringify({ ...decoded, data: data.toString('base64') })).toString('base64');
    const attempts = [
      { bundle, passphrase: 'not the passphrase', mode: 'replace' },
      { bundle: flipped, passphrase: PASSPHRASE, mode: 'replace' },
      { bundle: 'bm90IGEgYnVuZGxl', passphrase: PASSPHRASE, mode: 'replace' },
    ];
    for (const attempt of attempts) {
      const res = await api.post(`/api/agents/${target}/credentials/import`, attempt, { token: owner.token, headers });
      expect({ status: res.status, code: res.body.error?.code }).toEqual({ status: 422, code: 'INVALID_BUNDLE' });
    }
    expect((await api.get(`/api/agents/${target}/credentials/status`, { token: owner.token, headers })).body.data.credentials).toEqual(
      before,
    );
  });

  it('deletes one credential; an unknown name answers 404', async () => {
    const target = await anAgent(owner, headers, 'Forgetful');
    await api.post(`/api/agents/${target}/credentials/inject`, { credentials: { GONE: 'a', STAYS: 'b' } }, { token: owner.token, headers });
    expect((await api.delete(`/api/agents/${target}/credentials/GONE`, { token: owner.token, headers })).body.data).toEqual({
      deleted: true,
      name: 'GONE',
    });
    expect(
      (await api.get(`/api/agents/${target}/credentials/status`, { token: owner.token, headers })).body.data.credentials.map(
        (c: { name: string }) => c.name,
      ),
    ).toEqual(['STAYS']);
    const missing = await api.delete(`/api/agents/${target}/credentials/GONE`, { token: owner.token, headers });
    expect({ status: missing.status, code: missing.body.error.code }).toEqual({ status: 404, code: 'CREDENTIAL_NOT_FOUND' });
  });

  it.each([
    ['a lower-case name', { credentials: { lower: 'x' } }],
    ['a value over 16 KiB', { credentials: { BIG: 'x'.repeat(16 * 1024 + 1) } }],
    ['no credentials', { credentials: {} }],
    ['a short passphrase on export', null],
  ])('refuses %s with 400', async (_case, body) => {
    const res = body
      ? await api.post(`${base()}/inject`, body, { token: owner.token, headers })
      : await api.post(`${base()}/export`, { passphrase: 'short' }, { token: owner.token, headers });
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 400, code: 'INVALID_INPUT' });
  });

  it('holds at most 100 credentials per agent (403 QUOTA_EXCEEDED with figures)', async () => {
    const target = await anAgent(owner, headers, 'Hoarder');
    const many = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`KEY_${i}`, `v${i}`]));
    expect(
      (await api.post(`/api/agents/${target}/credentials/inject`, { credentials: many }, { token: owner.token, headers })).status,
    ).toBe(200);
    const over = await api.post(
      `/api/agents/${target}/credentials/inject`,
      { credentials: { ONE_MORE: 'x' } },
      { token: owner.token, headers },
    );
    expect(over.status).toBe(403);
    expect(over.body.error).toMatchObject({ code: 'QUOTA_EXCEEDED', details: [expect.objectContaining({ used: 100, limit: 100 })] });
  });

  it('members without manage rights cannot see or change credentials', async () => {
    const member = await aMember(owner, headers['X-Workspace-ID'] as string, 'member');
    const shared = await anAgent(owner, headers, 'Shared for use');
    await api.post(`/api/agents/${shared}/share`, { email: member.email, access: 'use' }, { token: owner.token, headers });
    const asMember = { token: member.token, headers };
    expect((await api.get(`/api/agents/${shared}/credentials/status`, asMember)).status).toBe(403);
    expect((await api.post(`/api/agents/${shared}/credentials/inject`, { credentials: { X: 'y' } }, asMember)).status).toBe(403);
  });

  it('every credentials route answers 404 for an agent of another workspace', async () => {
    const stranger = await aUser('stranger');
    await aWorkspace(stranger);
    const probes: [string, string, unknown][] = [
      ['POST', `${base()}/inject`, { credentials: { X: 'y' } }],
      ['GET', `${base()}/status`, null],
      ['DELETE', `${base()}/OPENAI_API_KEY`, null],
      ['POST', `${base()}/export`, { passphrase: PASSPHRASE }],
      ['POST', `${base()}/import`, { bundle: 'eA==', passphrase: PASSPHRASE }],
    ];
    for (const [method, url, body] of probes) {
      const res = await request(method, url, { token: stranger.token, json: body ?? undefined });
      expect({ method, url, status: res.status, code: res.body.error?.code }).toEqual({
        method,
        url,
        status: 404,
        code: 'AGENT_NOT_FOUND',
      });
    }
  });
});

describe('start re-checks credentials', () => {
  it("reports the credentials the agent's plugins require as missing until they are injected", async () => {
    const { aMinimalPlugin, enablePlugin } = await import('../../support/plugins');
    const owner = await aUser('owner');
    const ws = await aWorkspace(owner);
    const headers = { 'X-Workspace-ID': ws };
    const agent = await anAgent(owner, headers, 'Needs keys');
    const bare = await api.post(`/api/agents/${agent}/start`, undefined, { token: owner.token, headers });
    expect(bare.body.data.credentials_injection).toEqual({ status: 'none_required', required: [], present: [], missing: [] });

    const plugin = await aMinimalPlugin(owner, { requires_credentials: ['SEARCH_API_KEY', 'CRM_TOKEN'] });
    expect((await enablePlugin(owner, ws, plugin.id)).status).toBe(200);
    expect((await api.put(`/api/agents/${agent}/plugins`, { plugin_ids: [plugin.id] }, { token: owner.token, headers })).status).toBe(200);
    await api.post(`/api/agents/${agent}/credentials/inject`, { credentials: { CRM_TOKEN: 'crm' } }, { token: owner.token, headers });
    // A missing credential fails the health check: start refuses unless forced.
    expect((await api.post(`/api/agents/${agent}/start`, undefined, { token: owner.token, headers })).body.error.code).toBe(
      'AGENT_UNHEALTHY',
    );
    const partial = await api.post(`/api/agents/${agent}/start`, { force: true }, { token: owner.token, headers });
    expect(partial.body.data.credentials_injection).toEqual({
      status: 'missing',
      required: ['CRM_TOKEN', 'SEARCH_API_KEY'],
      present: ['CRM_TOKEN'],
      missing: ['SEARCH_API_KEY'],
    });

    await api.post(
      `/api/agents/${agent}/credentials/inject`,
      { credentials: { SEARCH_API_KEY: 'search' } },
      { token: owner.token, headers },
    );
    const complete = await api.post(`/api/agents/${agent}/start`, undefined, { token: owner.token, headers });
    expect(complete.body.data.credentials_injection.status).toBe('complete');
  });
});
