import { api } from '../../support/api-client';
import { aMember, aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';
import { pngOfSize, tinyImages } from '../../support/images';
import { aFixturePlugin, aMinimalPlugin, enablePlugin } from '../../support/plugins';
import { waitUntil } from '../../support/wait-until';

/** Requests the other agent APIs' clients send, in their spelling, accepted as they are. */

let owner: TestUser;
let workspaceId: string;

beforeAll(async () => {
  owner = await aUser('seed-requests');
  workspaceId = await aWorkspace(owner);
  await setTier(workspaceId, 'team');
});

const create = (body: Record<string, unknown>) => api.post('/api/agents', body, { token: owner.token });
const unique = (name: string) => `${name}-${Math.random().toString(36).slice(2, 8)}`;

describe('resources and github_repo on create', () => {
  it('takes cpu as a string and memory with a unit, and stores them in one form', async () => {
    const res = await create({ name: unique('res'), resources: { cpu: '2', memory: '4g' } });
    expect(res.status).toBe(201);
    expect(res.body.data.agent.resources).toEqual({ cpu: 2, memory: '4g' });
    const other = await create({ name: unique('res'), resources: { cpu: '500m', memory: '512Mi' } });
    expect(other.body.data.agent.resources).toEqual({ cpu: 0.5, memory: '512m' });
  });

  it('refuses a cpu or memory that is not a size with 400 naming the field', async () => {
    const res = await create({ name: unique('res'), resources: { cpu: 'two', memory: '4 bananas' } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_INPUT');
    const fields = res.body.error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['resources.cpu', 'resources.memory']));
  });

  it('stores github_repo as Org/repo or an https URL and shows it; anything else answers 400', async () => {
    const short = await create({ name: unique('repo'), github_repo: 'Org/repo' });
    expect(short.status).toBe(201);
    expect(short.body.data.agent.github_repo).toBe('Org/repo');
    const url = await create({ name: unique('repo'), github_repo: 'https://github.com/Org/repo.git' });
    expect(url.body.data.agent.github_repo).toBe('https://github.com/Org/repo.git');
    const read = await api.get(`/api/agents/${url.body.data.agent.id}`, { token: owner.token });
    expect(read.body.data.agent.github_repo).toBe('https://github.com/Org/repo.git');
    const refused = await create({ name: unique('repo'), github_repo: 'file:///etc/passwd' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details[0].field).toBe('github_repo');
  });
});

describe('templates', () => {
  it(
    "template business-assistant (seed 001's example) fills the prompt and capabilities; " +
      'an unknown template answers 422 TEMPLATE_NOT_FOUND',
    async () => {
      const res = await create({ name: unique('templated'), template: 'business-assistant', runtime: 'claude-code' });
      expect(res.status).toBe(201);
      expect(res.body.data.agent).toMatchObject({
        template: 'business-assistant',
        type: 'business-assistant',
        system_prompt: expect.stringContaining('business assistant'),
        capabilities: expect.arrayContaining(['analysis']),
      });
      const unknown = await create({ name: unique('templated'), template: 'no-such-template' });
      expect({ status: unknown.status, code: unknown.body.error.code }).toEqual({ status: 422, code: 'TEMPLATE_NOT_FOUND' });
      expect(unknown.body.error.details[0]).toMatchObject({ field: 'template', allowed: expect.arrayContaining(['business-assistant']) });
    },
  );
});

describe('list parameters', () => {
  it('per_page is limit by another name; both at once answer 400', async () => {
    await create({ name: unique('page') });
    await create({ name: unique('page') });
    const res = await api.get('/api/agents?per_page=1', { token: owner.token });
    expect(res.status).toBe(200);
    expect(res.body.data.agents).toHaveLength(1);
    expect(res.body.data.pagination.limit).toBe(1);
    const both = await api.get('/api/agents?per_page=1&limit=2', { token: owner.token });
    expect(both.status).toBe(400);
    expect(both.body.error.details[0].field).toBe('query.per_page');
  });

  it('status=inactive lists the paused agents', async () => {
    const paused = (await create({ name: unique('paused'), status: 'paused' })).body.data.agent;
    const disabled = (await create({ name: unique('disabled'), status: 'disabled' })).body.data.agent;
    const res = await api.get('/api/agents?status=inactive&limit=100', { token: owner.token });
    expect(res.status).toBe(200);
    const ids = res.body.data.agents.map((a: { id: string }) => a.id);
    expect(ids).toContain(paused.id);
    expect(ids).not.toContain(disabled.id);
    expect(res.body.data.agents.every((a: { status: string }) => a.status === 'paused')).toBe(true);
  });

  it('runtime_state is idle after a completed run and failed after a failed one, and filters the list', async () => {
    const ok = (await create({ name: unique('idle') })).body.data.agent;
    const broken = (await create({ name: unique('failing') })).body.data.agent;
    expect((await api.post(`/api/agents/${ok.id}/execute`, { task: 'hello' }, { token: owner.token })).status).toBe(200);
    expect((await api.post(`/api/agents/${broken.id}/execute`, { task: 'hello [[fail]]' }, { token: owner.token })).status).toBe(502);
    const stateOf = async (id: string) => (await api.get(`/api/agents/${id}`, { token: owner.token })).body.data.agent.runtime_state;
    expect(
      await waitUntil(
        () => stateOf(ok.id),
        (s) => s === 'idle',
      ),
    ).toBe('idle');
    expect(
      await waitUntil(
        () => stateOf(broken.id),
        (s) => s === 'failed',
      ),
    ).toBe('failed');
    const failed = await api.get('/api/agents?runtime_state=failed&limit=100', { token: owner.token });
    const ids = failed.body.data.agents.map((a: { id: string }) => a.id);
    expect(ids).toContain(broken.id);
    expect(ids).not.toContain(ok.id);
  });

  it('a run ending leaves the agent version alone, so a client holding its ETag can still update it', async () => {
    const agent = (await create({ name: unique('etag') })).body.data.agent;
    await api.post(`/api/agents/${agent.id}/execute`, { task: 'hello' }, { token: owner.token });
    const res = await api.patch(
      `/api/agents/${agent.id}`,
      { description: 'after a run' },
      { token: owner.token, headers: { 'If-Match': `"${agent.version}"` } },
    );
    expect(res.status).toBe(200);
  });
});

describe('admins', () => {
  it('POST …/admins takes role admin beside the email; another role answers 400', async () => {
    const agent = (await create({ name: unique('admins') })).body.data.agent;
    const member = await aMember(owner, workspaceId, 'member');
    const res = await api.post(`/api/agents/${agent.id}/admins`, { email: member.email, role: 'admin' }, { token: owner.token });
    expect(res.status).toBe(201);
    expect(res.body.data.admin).toMatchObject({ email: member.email, access: 'admin' });
    const other = await api.post(`/api/agents/${agent.id}/admins`, { email: member.email, role: 'owner' }, { token: owner.token });
    expect(other.status).toBe(400);
  });
});

describe('model parameters and provider names', () => {
  it('configuration, llm_config and model_config take the documented model-parameter set', async () => {
    const configuration = {
      temperature: 0.7,
      max_tokens: 2000,
      top_p: 0.9,
      top_k: 40,
      stop: ['END'],
      presence_penalty: 0.1,
      frequency_penalty: 0.2,
      seed: 7,
      response_format: { type: 'json_object' },
    };
    for (const field of ['configuration', 'llm_config', 'model_config']) {
      const res = await create({ name: unique('params'), [field]: configuration });
      expect(res.status).toBe(201);
      expect(res.body.data.agent.configuration).toEqual(configuration);
    }
  });

  it.each([
    ['a top_k of 0', { top_k: 0 }, 'configuration.top_k'],
    ['five stop sequences', { stop: ['a', 'b', 'c', 'd', 'e'] }, 'configuration.stop'],
    ['a penalty over 2', { presence_penalty: 3 }, 'configuration.presence_penalty'],
    ['a fractional seed', { seed: 1.5 }, 'configuration.seed'],
    ['an unknown response format', { response_format: { type: 'yaml' } }, 'configuration.response_format.type'],
    ['a parameter outside the set', { logit_bias: {} }, 'configuration.logit_bias'],
  ])('refuses %s with 400 naming the field', async (_, configuration, field) => {
    const res = await create({ name: unique('params'), configuration });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('llm_provider openai and workers-ai are stored as openai-compatible, on the agent and in /settings', async () => {
    const agent = (await create({ name: unique('openai'), llm_provider: 'workers-ai', llm_model: 'gpt-4o-mini' })).body.data.agent;
    expect(agent.llm_provider).toBe('openai-compatible');
    const res = await api.put(
      `/api/agents/${agent.id}/settings`,
      { llm_provider: 'openai', llm_model: 'gpt-4o', llm_temperature: 0.5 },
      { token: owner.token },
    );
    expect(res.status).toBe(200);
    expect(res.body.data.settings).toMatchObject({ llm_provider: 'openai-compatible', llm_model: 'gpt-4o', llm_temperature: 0.5 });
  });

  it("a workers-ai integration is openai-compatible with Cloudflare's endpoint for its account; without an account id, 400", async () => {
    const account = '0123456789abcdef0123456789abcdef';
    const res = await api.post(
      `/api/workspaces/${workspaceId}/integrations`,
      { kind: 'llm', provider: 'workers-ai', name: unique('cf'), config: { account_id: account }, is_default: false },
      { token: owner.token },
    );
    expect(res.status).toBe(201);
    expect(res.body.data.integration).toMatchObject({
      provider: 'openai-compatible',
      config: { account_id: account, base_url: `https://api.cloudflare.com/client/v4/accounts/${account}/ai/v1` },
    });
    const openai = await api.post(
      `/api/workspaces/${workspaceId}/integrations`,
      { kind: 'llm', provider: 'openai', name: unique('oa'), is_default: false },
      { token: owner.token },
    );
    expect(openai.body.data.integration).toMatchObject({
      provider: 'openai-compatible',
      config: { base_url: 'https://api.openai.com/v1' },
    });
    const missing = await api.post(
      `/api/workspaces/${workspaceId}/integrations`,
      { kind: 'llm', provider: 'workers-ai', name: unique('cf') },
      { token: owner.token },
    );
    expect(missing.status).toBe(400);
    expect(missing.body.error.details[0].field).toBe('config.account_id');
  });
});

describe('an avatar sent with the agent', () => {
  it('avatar_base64 + avatar_filename on create stores the image and avatar_url redirects to it', async () => {
    const res = await create({ name: unique('pictured'), avatar_base64: tinyImages.png, avatar_filename: 'me.png' });
    expect(res.status).toBe(201);
    const agent = res.body.data.agent;
    expect(agent.avatar_url).toBe(`/api/agents/${agent.id}/avatar`);
    const link = await api.get(agent.avatar_url, { token: owner.token });
    expect(link.status).toBe(302);
    expect(link.headers.get('location')).toContain(`/agents/${agent.id}/avatar/`);
  });

  it('avatar as an https URL on update: the avatar route redirects to that URL; null removes it', async () => {
    const agent = (await create({ name: unique('linked') })).body.data.agent;
    const res = await api.put(
      `/api/agents/${agent.id}`,
      { avatar: 'https://cdn.example.com/bot.png', description: 'with a face' },
      { token: owner.token },
    );
    expect(res.status).toBe(200);
    expect(res.body.data.agent).toMatchObject({ avatar_url: `/api/agents/${agent.id}/avatar`, description: 'with a face', version: 2 });
    const link = await api.get(`/api/agents/${agent.id}/avatar`, { token: owner.token });
    expect(link.status).toBe(302);
    expect(link.headers.get('location')).toBe('https://cdn.example.com/bot.png');
    expect(link.body.data.avatar.expires_at).toBeNull();
    const cleared = await api.patch(`/api/agents/${agent.id}`, { avatar: null }, { token: owner.token });
    expect(cleared.body.data.agent.avatar_url).toBeNull();
    expect((await api.get(`/api/agents/${agent.id}/avatar`, { token: owner.token })).status).toBe(404);
  });

  it('refuses what the avatar upload refuses, and changes nothing', async () => {
    const agent = (await create({ name: unique('refused') })).body.data.agent;
    const notAnImage = await api.patch(
      `/api/agents/${agent.id}`,
      { avatar_base64: Buffer.from('<svg/>').toString('base64'), description: 'x' },
      { token: owner.token },
    );
    expect(notAnImage.status).toBe(400);
    expect(notAnImage.body.error.details[0].field).toBe('avatar_base64');
    const tooLarge = await api.patch(
      `/api/agents/${agent.id}`,
      { avatar_base64: pngOfSize(2 * 1024 * 1024 + 1).toString('base64') },
      { token: owner.token },
    );
    expect(tooLarge.status).toBe(413);
    const plainHttp = await create({ name: unique('refused'), avatar: 'http://cdn.example.com/bot.png' });
    expect(plainHttp.status).toBe(400);
    const both = await create({ name: unique('refused'), avatar: 'https://cdn.example.com/bot.png', avatar_base64: tinyImages.gif });
    expect(both.status).toBe(400);
    const nameAlone = await create({ name: unique('refused'), avatar_filename: 'me.png' });
    expect(nameAlone.body.error.details[0].field).toBe('avatar_filename');
    const read = await api.get(`/api/agents/${agent.id}`, { token: owner.token });
    expect(read.body.data.agent).toMatchObject({ version: 1, avatar_url: null, description: null });
  });

  it('a member who may only use the agent cannot set its avatar: 403, and the agent keeps none', async () => {
    const agent = (await create({ name: unique('guarded') })).body.data.agent;
    const member = await aMember(owner, workspaceId, 'member');
    await api.post(`/api/agents/${agent.id}/share`, { email: member.email, access: 'use' }, { token: owner.token });
    const res = await api.patch(`/api/agents/${agent.id}`, { avatar_base64: tinyImages.png }, { token: member.token });
    expect(res.status).toBe(403);
    expect((await api.get(`/api/agents/${agent.id}`, { token: owner.token })).body.data.agent.avatar_url).toBeNull();
  });
});

describe('fields the other APIs show', () => {
  it('GET /api/agents/{agent} adds tenant_id, is_owner and settings', async () => {
    const agent = (await create({ name: unique('shown'), configuration: { temperature: 0.7 } })).body.data.agent;
    const mine = await api.get(`/api/agents/${agent.id}`, { token: owner.token });
    expect(mine.body.data.agent).toMatchObject({
      tenant_id: workspaceId,
      workspace_id: workspaceId,
      is_owner: true,
      settings: { llm_provider: agent.llm_provider, llm_model: agent.llm_model, llm_temperature: 0.7 },
    });
    const admin = await aMember(owner, workspaceId, 'admin');
    expect((await api.get(`/api/agents/${agent.id}`, { token: admin.token })).body.data.agent.is_owner).toBe(false);
  });

  it('GET /api/agents/{agent} shows its plugins by priority, the skills they bring and schedules_count', async () => {
    const agent = (await create({ name: unique('equipped') })).body.data.agent;
    const bare = (await api.get(`/api/agents/${agent.id}`, { token: owner.token })).body.data.agent;
    expect(bare).toMatchObject({ plugins: [], skills: [], schedules_count: 0 });
    const research = await aFixturePlugin(owner);
    const minimal = await aMinimalPlugin(owner);
    for (const plugin of [research, minimal]) expect((await enablePlugin(owner, workspaceId, plugin.id)).status).toBe(200);
    expect(
      (await api.put(`/api/agents/${agent.id}/plugins`, { plugin_ids: [minimal.id, research.id] }, { token: owner.token })).status,
    ).toBe(200);
    for (const task of ['Morning report', 'Evening report']) {
      expect(
        (await api.post(`/api/agents/${agent.id}/schedules`, { expression: 'rate(1 day)', task }, { token: owner.token })).status,
      ).toBe(201);
    }
    const read = (await api.get(`/api/agents/${agent.slug}`, { token: owner.token })).body.data.agent;
    expect(read.plugins).toEqual([
      { plugin_id: minimal.id, priority: 0 },
      { plugin_id: research.id, priority: 1 },
    ]);
    expect(read.skills).toEqual([
      { name: 'summarize', plugin_id: research.id },
      { name: 'cite-sources', plugin_id: research.id },
    ]);
    expect(read.schedules_count).toBe(2);
    await api.put(`/api/agents/${agent.id}/plugins`, { plugin_ids: [minimal.id] }, { token: owner.token });
    expect((await api.get(`/api/agents/${agent.id}`, { token: owner.token })).body.data.agent).toMatchObject({
      plugins: [{ plugin_id: minimal.id, priority: 0 }],
      skills: [],
    });
  });

  it("another workspace's caller reading the agent gets 404, not its plugins or counts", async () => {
    const agent = (await create({ name: unique('private') })).body.data.agent;
    const stranger = await aUser('stranger');
    await aWorkspace(stranger);
    const res = await api.get(`/api/agents/${agent.id}`, { token: stranger.token });
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).not.toContain('schedules_count');
  });

  it('a structured answer keeps its JSON object as result.details, in the answer and on the execution', async () => {
    const agent = (await create({ name: unique('structured'), configuration: { response_format: { type: 'json_object' } } })).body.data
      .agent;
    const answer = JSON.stringify({
      summary: 'Q4 sales increased by 15% compared to Q3',
      total_sales: 1500000,
      growth_rate: 0.15,
      top_products: ['SKU-123', 'SKU-456'],
    });
    const res = await api.post(
      `/api/agents/${agent.id}/execute`,
      { task: 'Analyze Q4 sales data', context: { quarter: 'Q4', year: 2024 }, parameters: { local: { answer } } },
      { token: owner.token },
    );
    expect(res.status).toBe(200);
    const expected = { summary: 'Q4 sales increased by 15% compared to Q3', details: JSON.parse(answer) };
    expect(res.body.data.result).toEqual(expected);
    const polled = await api.get(`/api/agents/${agent.id}/executions/${res.body.data.execution_id}`, { token: owner.token });
    expect(polled.body.data.result).toEqual(expected);
    const plain = await api.post(
      `/api/agents/${agent.id}/execute`,
      { task: 'hello', parameters: { local: { answer: 'Just text' } } },
      { token: owner.token },
    );
    expect(plain.body.data.result).toEqual({ summary: 'Just text' });
  });

  it('deleting an agent answers a message beside deleted and agent_id', async () => {
    const agent = (await create({ name: unique('gone') })).body.data.agent;
    const res = await api.delete(`/api/agents/${agent.id}`, { token: owner.token });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ deleted: true, agent_id: agent.id, message: `Agent ${agent.slug} deleted` });
  });
});

describe('GET /api/auth/agents and renames', () => {
  it('each agent carries role beside access, and the list pages on with next_cursor', async () => {
    const user = await aUser('auth-pager');
    const ws = await aWorkspace(user);
    await setTier(ws, 'team');
    for (const name of ['alpha', 'beta', 'gamma']) await api.post('/api/agents', { name }, { token: user.token });
    const seen: string[] = [];
    let path = '/api/auth/agents?limit=2';
    for (let pages = 0; pages < 5 && path; pages += 1) {
      const res = await api.get(path, { token: user.token });
      expect(res.status).toBe(200);
      for (const a of res.body.data.agents) {
        expect(a.role).toBe(a.access);
        seen.push(a.slug);
      }
      const next = res.body.data.pagination.next_cursor;
      path = next ? `/api/auth/agents?limit=2&cursor=${encodeURIComponent(next)}` : '';
    }
    expect(seen).toEqual(expect.arrayContaining(['alpha', 'beta', 'gamma']));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('renaming an agent with a run awaiting approval answers 409 AGENT_BUSY and keeps the name', async () => {
    const agent = (await create({ name: unique('busy'), maturity_level: 'supervised' })).body.data.agent;
    const started = await api.post(
      `/api/agents/${agent.id}/execute`,
      { task: 'Save it [[tool:files.write {"path":"a.txt","content":"x"}]]', mode: 'async' },
      { token: owner.token },
    );
    const held = await waitUntil(
      () => api.get(started.body.data.poll_url, { token: owner.token }),
      (r) => r.body.data?.status === 'awaiting_approval',
    );
    expect(held.body.data.status).toBe('awaiting_approval');
    const res = await api.put(`/api/agents/${agent.id}/rename`, { name: unique('renamed') }, { token: owner.token });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('AGENT_BUSY');
    expect((await api.get(`/api/agents/${agent.id}`, { token: owner.token })).body.data.agent.name).toBe(agent.name);
  });
});
