import { api } from '../../support/api-client';
import { aMember, aUser, aWorkspace, setTier } from '../../support/fixtures';
import { aFixturePlugin, enablePlugin } from '../../support/plugins';

describe('fleet views', () => {
  it('autonomy-status says what each visible agent may do on its own', async () => {
    const owner = await aUser();
    const ws = await aWorkspace(owner);
    await setTier(ws, 'team');
    await api.post('/api/agents', { name: 'Careful', maturity_level: 'supervised', read_only_enabled: true }, { token: owner.token });
    await api.post('/api/agents', { name: 'Trusted', maturity_level: 'autonomous', autonomy_enabled: true }, { token: owner.token });
    const res = await api.get('/api/agents/autonomy-status', { token: owner.token });
    expect(res.status).toBe(200);
    const bySlug = Object.fromEntries(res.body.data.agents.map((a: { slug: string }) => [a.slug, a]));
    expect(bySlug.careful).toMatchObject({ allowed_risks: ['read', 'analyze', 'egress'], approval_required_risks: ['egress'] });
    expect(bySlug.trusted).toMatchObject({ allowed_risks: ['read', 'analyze', 'egress', 'create', 'high'], approval_required_risks: [] });
    expect(bySlug.default).toMatchObject({
      maturity_level: 'student',
      allowed_risks: ['read', 'egress'],
      approval_required_risks: ['egress'],
    });
    expect(res.body.data.summary).toMatchObject({ autonomous: 1, read_only: 1, by_level: { student: 1, supervised: 1, autonomous: 1 } });
  });

  it('context-stats estimates each agent’s standing prompt, and a member sees only their agents', async () => {
    const owner = await aUser();
    const ws = await aWorkspace(owner);
    await setTier(ws, 'team');
    await api.post(
      '/api/agents',
      { name: 'Verbose', system_prompt: 'x'.repeat(400), instruction_template: 'Do {{task}}' },
      { token: owner.token },
    );
    const member = await aMember(owner, ws, 'member');
    await api.post('/api/agents', { name: 'Members Own' }, { token: member.token });
    const all = await api.get('/api/agents/context-stats', { token: owner.token });
    expect(all.body.data.agents.find((a: { slug: string }) => a.slug === 'verbose')).toMatchObject({
      system_prompt_tokens: 100,
      instruction_template_tokens: 3,
      estimated_tokens: 103,
    });
    const mine = await api.get('/api/agents/context-stats', { token: member.token });
    expect(mine.body.data.agents.map((a: { slug: string }) => a.slug)).toEqual(['members-own']);
  });

  it("context-stats counts what context assembly counts: a persona, and an assigned plugin's tier 1, tier 2 and tools", async () => {
    const owner = await aUser();
    const ws = await aWorkspace(owner);
    const persona = (await api.post('/api/personas', { name: 'Analyst', system_prompt: 'p'.repeat(80) }, { token: owner.token })).body.data
      .persona;
    const agent = (
      await api.post('/api/agents', { name: 'Planner', system_prompt: 'x'.repeat(40), persona_id: persona.id }, { token: owner.token })
    ).body.data.agent;
    const before = await api.get('/api/agents/context-stats', { token: owner.token });
    type Sizes = { id: string; tier1_tokens: number; tier2_tokens: number; tools_tokens: number };
    const planner = (res: { body: { data: { agents: Sizes[] } } }) => res.body.data.agents.find((a) => a.id === agent.id) as Sizes;
    expect(planner(before)).toEqual({
      id: agent.id,
      slug: 'planner',
      name: 'Planner',
      persona_prompt_tokens: 20,
      system_prompt_tokens: 10,
      instruction_template_tokens: 0,
      tier1_tokens: 0,
      tier2_tokens: 0,
      tools_tokens: 0,
      estimated_tokens: 30,
    });
    const plugin = await aFixturePlugin(owner);
    expect((await enablePlugin(owner, ws, plugin.id)).status).toBe(200);
    expect((await api.put(`/api/agents/${agent.id}/plugins`, { plugin_ids: [plugin.id] }, { token: owner.token })).status).toBe(200);
    const after = planner(await api.get('/api/agents/context-stats', { token: owner.token }));
    expect(after).toMatchObject({ tier1_tokens: expect.any(Number), tier2_tokens: expect.any(Number), tools_tokens: expect.any(Number) });
    expect(Math.min(after.tier1_tokens, after.tier2_tokens, after.tools_tokens)).toBeGreaterThan(0);
    const context = (await api.get(`/api/agents/${agent.id}/context`, { token: owner.token })).body.data.context;
    expect(after).toMatchObject({
      persona_prompt_tokens: context.token_estimate.persona,
      system_prompt_tokens: context.token_estimate.system_prompt,
      tier1_tokens: context.token_estimate.tier1,
      tier2_tokens: context.token_estimate.tier2,
      tools_tokens: context.token_estimate.tools,
      estimated_tokens: context.token_estimate.total,
    });
  });

  it("context-stats totals cover every visible agent (the workspace's default agent among them), beyond the page", async () => {
    const owner = await aUser();
    await aWorkspace(owner);
    for (const [name, chars] of [
      ['Alpha', 40],
      ['Beta', 80],
      ['Gamma', 120],
    ] as const) {
      await api.post('/api/agents', { name, system_prompt: 'x'.repeat(chars) }, { token: owner.token });
    }
    const first = await api.get('/api/agents/context-stats?limit=1', { token: owner.token });
    expect(first.body.data.agents.map((a: { slug: string }) => a.slug)).toEqual(['alpha']);
    expect(first.body.data.totals).toMatchObject({ agents: 4, system_prompt_tokens: 60, estimated_tokens: 60 });
    expect(first.body.data.pagination).toMatchObject({ total: 4, next_cursor: expect.any(String) });
    const second = await api.get(`/api/agents/context-stats?limit=1&cursor=${first.body.data.pagination.next_cursor}`, {
      token: owner.token,
    });
    expect(second.body.data.agents.map((a: { slug: string }) => a.slug)).toEqual(['beta']);
    expect(second.body.data.totals).toEqual(first.body.data.totals);
  });
});

describe('fleet views across workspaces', () => {
  it('never include another workspace’s agents', async () => {
    const owner = await aUser();
    await aWorkspace(owner);
    const { id } = (await api.post('/api/agents', { name: 'Private Fleet Member' }, { token: owner.token })).body.data.agent;
    const stranger = await aUser();
    await aWorkspace(stranger);
    for (const view of ['context-stats', 'autonomy-status']) {
      const res = await api.get(`/api/agents/${view}`, { token: stranger.token });
      expect(res.status).toBe(200);
      expect(res.body.data.agents.map((a: { id: string }) => a.id)).not.toContain(id);
    }
  });
});
