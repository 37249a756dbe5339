import { assembleContext, type AssignedRelease, type ContextAgent } from '../../../../lambdas/domain/context/assemble';
import { fitToBudget } from '../../../../lambdas/domain/context/budget';
import { tier1Summary } from '../../../../lambdas/domain/context/plugin-text';
import { estimateJsonTokens, estimateTokens } from '../../../../lambdas/domain/tokens';
import type { PluginManifest } from '../../../../lambdas/domain/plugins/model';

const agent: ContextAgent = {
  id: 'agent_1',
  persona_id: null,
  use_custom_persona: false,
  custom_persona_prompt: null,
  system_prompt: null,
  instruction_template: null,
};

const aRelease = (name: string, changes: Partial<PluginManifest> = {}, doc = 'x'.repeat(400)): AssignedRelease => ({
  plugin_id: `plg_${name}`,
  release: {
    manifest: {
      name,
      version: '1.0.0',
      description: `${name} plugin`,
      skills: [{ name: 's', description: 'S', file: 's.md' }],
      commands: [],
      tools: [],
      requires: [],
      requires_credentials: [],
      ...changes,
    },
    docs: { skills: { s: doc }, commands: {} },
  },
});

const context = (
  plugins: AssignedRelease[],
  overrides: Partial<ContextAgent> = {},
  persona: { id: string; name: string; system_prompt: string } | null = null,
) => assembleContext({ agent: { ...agent, ...overrides }, persona, plugins, assignmentVersion: 3 });

describe('the persona prompt', () => {
  const persona = { id: 'psn_1', name: 'Analyst', system_prompt: 'Be precise.' };

  it("is the persona's system prompt when the agent adopts it", () => {
    expect(context([], { persona_id: 'psn_1' }, persona)).toMatchObject({
      persona_prompt: 'Be precise.',
      persona_source: 'persona',
      persona: { id: 'psn_1', name: 'Analyst' },
    });
  });

  it("is the agent's custom persona prompt when use_custom_persona is on, whatever persona it names", () => {
    expect(context([], { persona_id: 'psn_1', use_custom_persona: true, custom_persona_prompt: 'Be brief.' }, persona)).toMatchObject({
      persona_prompt: 'Be brief.',
      persona_source: 'custom',
      persona: null,
    });
  });

  it('is null when the persona no longer exists', () => {
    expect(context([], { persona_id: 'psn_gone' }, null)).toMatchObject({ persona_prompt: null, persona_source: null });
  });
});

describe('plugins in the context', () => {
  it('appear in priority order in every tier, with tokens estimated at one per four characters', () => {
    const result = context([aRelease('b'), aRelease('a')]);
    expect(result.tier1.map((e) => [e.name, e.priority])).toEqual([
      ['b', 0],
      ['a', 1],
    ]);
    expect(result.tier2.map((e) => [e.name, e.priority])).toEqual([
      ['b', 0],
      ['a', 1],
    ]);
    expect(result.tier2[0]?.tokens).toBe(estimateTokens(result.tier2[0]?.content));
    expect(result.token_estimate.total).toBe(result.token_estimate.tier1 + result.token_estimate.tier2);
  });

  it('keeps a tool name for the higher-priority plugin and reports the other as shadowed', () => {
    const tool = { name: 'search', description: 'Search', input_schema: { type: 'object' }, risk: 'read' as const };
    const result = context([aRelease('first', { tools: [tool] }), aRelease('second', { tools: [{ ...tool, risk: 'high' }] })]);
    expect(result.tools).toEqual([{ plugin_id: 'plg_first', plugin_name: 'first', plugin_version: '1.0.0', ...tool }]);
    expect(result.shadowed_tools).toEqual([{ plugin_id: 'plg_second', name: 'search', shadowed_by: 'plg_first' }]);
  });

  it('counts of each tool only what a model is sent: its name, description and input schema', () => {
    const tool = {
      name: 'search',
      description: 'Search',
      input_schema: { type: 'object' },
      risk: 'read' as const,
      endpoint: 'https://tools.example/search',
    };
    const result = context([aRelease('first', { tools: [tool] })]);
    expect(result.token_estimate.tools).toBe(
      estimateJsonTokens([{ name: 'search', description: 'Search', input_schema: { type: 'object' } }]),
    );
  });

  it('lists each required credential once', () => {
    const result = context([
      aRelease('a', { requires_credentials: ['B_KEY', 'A_KEY'] }),
      aRelease('b', { requires_credentials: ['A_KEY'] }),
    ]);
    expect(result.required_credentials).toEqual(['A_KEY', 'B_KEY']);
  });

  it('summarises a plugin with many skills in at most ~200 tokens, dropping descriptions before cutting', () => {
    const skills = Array.from({ length: 40 }, (_, i) => ({
      name: `skill_${i}`,
      description: 'A rather long description of what this skill does',
      file: `s${i}.md`,
    }));
    const summary = tier1Summary(aRelease('big', { skills }).release);
    expect(estimateTokens(summary)).toBeLessThanOrEqual(200);
    expect(summary).toContain('skill_0; skill_1');
    expect(summary).not.toContain('A rather long description');
  });
});

describe('fitting a context into a token budget', () => {
  const three = () => context([aRelease('high'), aRelease('middle'), aRelease('low')]);

  it('leaves tier 2 documents out lowest priority first, until the total fits, and reports them', () => {
    const full = three();
    const perPlugin = full.tier2[0]!.tokens;
    const fitted = fitToBudget(full, full.token_estimate.total - perPlugin - 1);
    expect(fitted.tier2.map((e) => e.name)).toEqual(['high']);
    expect(fitted.budget.dropped.map((e) => [e.name, e.priority])).toEqual([
      ['low', 2],
      ['middle', 1],
    ]);
    expect(fitted.budget).toMatchObject({ max_tokens: full.token_estimate.total - perPlugin - 1, within_budget: true });
    expect(fitted.token_estimate.tier2).toBe(perPlugin);
    expect(fitted.token_estimate.total).toBe(full.token_estimate.total - 2 * perPlugin);
    expect(fitted.tier1).toEqual(full.tier1);
  });

  it('leaves everything in when the context fits', () => {
    const full = three();
    expect(fitToBudget(full, full.token_estimate.total)).toMatchObject({ tier2: full.tier2, budget: { dropped: [], within_budget: true } });
  });

  it('says when even without tier 2 the context does not fit', () => {
    const fitted = fitToBudget(three(), 1);
    expect(fitted.tier2).toEqual([]);
    expect(fitted.budget).toMatchObject({ within_budget: false, max_tokens: 1 });
    expect(fitted.budget.dropped).toHaveLength(3);
  });
});
