import { api } from '../../support/api-client';
import { fixtureZip } from '../../support/bundles';
import { aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';
import { aFixturePlugin, aMinimalPlugin, enablePlugin, publishVersion } from '../../support/plugins';

/** GET /api/agents/{agent}/context: what an agent runs with, assembled from its persona and its plugins. */

let owner: TestUser;
let ws: string;

beforeAll(async () => {
  owner = await aUser('context');
  ws = await aWorkspace(owner);
  await setTier(ws, 'team');
});

const anAgent = async (fields: Record<string, unknown> = {}) =>
  (
    await api.post(
      '/api/agents',
      { name: `Ctx ${Date.now()} ${Math.random().toString(36).slice(2, 6)}`, ...fields },
      { token: owner.token },
    )
  ).body.data.agent as { id: string };
const contextOf = async (agent: string, query = '') => {
  const res = await api.get(`/api/agents/${agent}/context${query}`, { token: owner.token });
  expect(res.status).toBe(200);
  return res.body.data.context;
};
const assign = (agent: string, ids: string[]) => api.put(`/api/agents/${agent}/plugins`, { plugin_ids: ids }, { token: owner.token });

describe("an agent's context", () => {
  it('holds the persona prompt, the prompts, one summary and the full documents per plugin, and the tools', async () => {
    const plugin = await aFixturePlugin(owner);
    await enablePlugin(owner, ws, plugin.id);
    const persona = (await api.post('/api/personas', { name: 'Researcher', system_prompt: 'You never guess.' }, { token: owner.token }))
      .body.data.persona;
    const agent = await anAgent({ persona_id: persona.id, system_prompt: 'Answer briefly.', instruction_template: 'Task: {{task}}' });
    await assign(agent.id, [plugin.id]);
    const context = await contextOf(agent.id);
    expect(context).toMatchObject({
      agent_id: agent.id,
      persona: { id: persona.id, name: 'Researcher' },
      persona_source: 'persona',
      persona_prompt: 'You never guess.',
      system_prompt: 'Answer briefly.',
      instruction_template: 'Task: {{task}}',
      plugins: [{ plugin_id: plugin.id, name: plugin.name, version: '1.0.0', priority: 0 }],
      required_credentials: ['SEARCH_API_KEY'],
      assignment_version: 1,
      budget: { max_tokens: null, dropped: [] },
    });
    expect(context.tier1[0].summary).toContain(`${plugin.name} 1.0.0: Searches the web`);
    expect(context.tier1[0].tokens).toBeGreaterThanOrEqual(50);
    expect(context.tier1[0].tokens).toBeLessThanOrEqual(200);
    expect(context.tier2[0].content).toContain('## Skill: summarize');
    expect(context.tier2[0].content).toContain('## Command: /research');
    expect(context.tools).toEqual([
      expect.objectContaining({
        plugin_id: plugin.id,
        name: 'web_search',
        risk: 'read',
        endpoint: 'https://tools.example.com/web-search',
        input_schema: expect.objectContaining({ required: ['query'] }),
      }),
      expect.objectContaining({ plugin_id: plugin.id, name: 'save_note', risk: 'create', endpoint: null }),
    ]);
    expect(context.skills.map((s: { name: string }) => s.name)).toEqual(['summarize', 'cite-sources']);
    const e = context.token_estimate;
    expect(e.total).toBe(e.persona + e.system_prompt + e.instruction_template + e.tier1 + e.tier2 + e.tools);
    expect(e.persona).toBe(Math.ceil('You never guess.'.length / 4));
  });

  it("uses the agent's custom persona prompt when use_custom_persona is on", async () => {
    const agent = await anAgent({ use_custom_persona: true, custom_persona_prompt: 'Talk like a pirate.' });
    expect(await contextOf(agent.id)).toMatchObject({
      persona_prompt: 'Talk like a pirate.',
      persona_source: 'custom',
      tier1: [],
      tier2: [],
      tools: [],
    });
  });

  it('with max_tokens leaves tier 2 documents out, lowest priority first, and reports them', async () => {
    const [first, second, third] = [await aFixturePlugin(owner), await aFixturePlugin(owner), await aFixturePlugin(owner)];
    for (const p of [first, second, third]) await enablePlugin(owner, ws, p.id);
    const agent = await anAgent();
    await assign(agent.id, [first.id, second.id, third.id]);
    const full = await contextOf(agent.id);
    const perPlugin = full.tier2[0].tokens;
    const budget = full.token_estimate.total - perPlugin - 1;
    const trimmed = await contextOf(agent.id, `?max_tokens=${budget}`);
    expect(trimmed.tier2.map((t: { plugin_id: string }) => t.plugin_id)).toEqual([first.id]);
    expect(trimmed.budget).toEqual({
      max_tokens: budget,
      within_budget: true,
      dropped: [
        expect.objectContaining({ plugin_id: third.id, priority: 2 }),
        expect.objectContaining({ plugin_id: second.id, priority: 1 }),
      ],
    });
    expect(trimmed.tier1).toHaveLength(3);
    expect(trimmed.token_estimate.total).toBeLessThanOrEqual(budget);
    // Tool names repeat across copies of the same fixture: the first plugin keeps them.
    expect(new Set(full.tools.map((t: { plugin_id: string }) => t.plugin_id))).toEqual(new Set([first.id]));
    expect(full.shadowed_tools).toHaveLength(4);
  });

  it.each([['0'], ['-5'], ['lots']])('refuses max_tokens=%s with 400 INVALID_INPUT', async (value) => {
    const res = await api.get(`/api/agents/${(await anAgent()).id}/context?max_tokens=${value}`, { token: owner.token });
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 400, code: 'INVALID_INPUT' });
  });
});

describe('the cached context', () => {
  it('follows every change it is made of: persona, agent, assignments, a new plugin version and a pin', async () => {
    const plugin = await aFixturePlugin(owner);
    await enablePlugin(owner, ws, plugin.id);
    const persona = (await api.post('/api/personas', { name: 'P', system_prompt: 'Version one.' }, { token: owner.token })).body.data
      .persona;
    const agent = await anAgent({ persona_id: persona.id });
    await assign(agent.id, [plugin.id]);
    expect((await contextOf(agent.id)).persona_prompt).toBe('Version one.');
    expect((await contextOf(agent.id)).persona_prompt).toBe('Version one.');

    await api.patch(`/api/personas/${persona.id}`, { system_prompt: 'Version two.' }, { token: owner.token });
    expect((await contextOf(agent.id)).persona_prompt).toBe('Version two.');

    await api.patch(`/api/agents/${agent.id}`, { system_prompt: 'Now with a system prompt.' }, { token: owner.token });
    expect((await contextOf(agent.id)).system_prompt).toBe('Now with a system prompt.');

    await publishVersion(
      owner,
      plugin.id,
      fixtureZip('web-research', { name: plugin.name, version: '1.1.0', description: 'The improved researcher.' }),
    );
    const upgraded = await contextOf(agent.id);
    expect(upgraded.plugins[0].version).toBe('1.1.0');
    expect(upgraded.tier1[0].summary).toContain('The improved researcher.');

    await enablePlugin(owner, ws, plugin.id, { version: '1.0.0' });
    expect((await contextOf(agent.id)).plugins[0].version).toBe('1.0.0');

    const other = await aMinimalPlugin(owner);
    await enablePlugin(owner, ws, other.id);
    await assign(agent.id, [other.id, plugin.id]);
    expect((await contextOf(agent.id)).plugins.map((p: { plugin_id: string }) => p.plugin_id)).toEqual([other.id, plugin.id]);
  });
});
