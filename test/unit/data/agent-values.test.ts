import { agentValueWrites, agentValues, namePrefixes } from '../../../lambdas/data/agent-values';
import { newAgent } from '../../../lambdas/domain/agents/plan';

process.env.TABLE_NAME ??= 'unit-table';

const anAgent = (overrides: { name?: string; tags?: string[]; type?: string } = {}) => ({
  ...newAgent(
    { name: overrides.name ?? 'Research Bot', tags: overrides.tags ?? ['red'], type: overrides.type },
    {
      id: 'agent_01',
      workspaceId: 'ws_1',
      creator: { user_id: 'user_1', email: 'a@example.com' },
      now: '2026-01-01T00:00:00.000Z',
      defaults: { llm_provider: 'local', llm_model: 'local-deterministic' },
    },
  ),
});

const counted = (writes: ReturnType<typeof agentValueWrites>) => {
  const deltas: Record<string, number> = {};
  for (const w of writes) {
    const update = w.Update;
    if (!update) continue;
    for (const [ref, name] of Object.entries(update.ExpressionAttributeNames ?? {}))
      deltas[name] = Number(update.ExpressionAttributeValues?.[`:d${ref.slice(2)}`]);
  }
  return deltas;
};

describe("an agent's filter value entries and counters", () => {
  it("lists a live agent under its status, type, role, maturity level, each tag and its name's first three characters", () => {
    expect(agentValues(anAgent({ tags: ['red', 'blue'] }))).toEqual([
      'status=active',
      'type=business-assistant',
      'role=general-assistant',
      'maturity_level=student',
      'tags=red',
      'tags=blue',
      'q=r',
      'q=re',
      'q=res',
    ]);
    expect(namePrefixes('Éa')).toEqual(['q=é', 'q=éa']);
    expect(agentValues({ ...anAgent(), status: 'deleted' })).toEqual([]);
  });

  it("moves only the changed values' counters, and rewrites entries only when a sort key moved", () => {
    const before = anAgent({ tags: ['red', 'blue'] });
    const retagged = { ...before, tags: ['red', 'green'] };
    const writes = agentValueWrites(before, retagged);
    expect(counted(writes)).toEqual({ 'tags=blue': -1, 'tags=green': 1 });
    expect(writes.filter((w) => w.Delete).map((w) => w.Delete?.Key?.SK)).toEqual(['AGENTVAL#tags=blue']);
    expect(writes.filter((w) => w.Put).map((w) => w.Put?.Item?.SK)).toEqual(['AGENTVAL#tags=green']);
    const touched = agentValueWrites(before, { ...before, updated_at: '2026-01-02T00:00:00.000Z' });
    expect(touched.filter((w) => w.Put)).toHaveLength(agentValues(before).length);
    expect(counted(touched)).toEqual({});
  });

  it('counts a deleted agent only under status=deleted and removes all its entries', () => {
    const agent = anAgent();
    const writes = agentValueWrites(agent, { ...agent, status: 'deleted' });
    expect(writes.filter((w) => w.Delete)).toHaveLength(agentValues(agent).length);
    expect(counted(writes)).toMatchObject({ 'status=active': -1, 'status=deleted': 1, 'tags=red': -1 });
  });

  it(
    'keeps the worst change, every value and 20 tags replaced in a rename, ' + "within 100 transaction items less room for the agent's own",
    () => {
      const tags = (from: number) => Array.from({ length: 20 }, (_, i) => `t${from + i}`);
      const before = anAgent({ name: 'Alpha', tags: tags(0), type: 'a' });
      const after = {
        ...anAgent({ name: 'Omega', tags: tags(100), type: 'b' }),
        role: 'custom' as const,
        maturity_level: 'intern' as const,
        status: 'paused' as const,
        updated_at: '2026-02-01T00:00:00.000Z',
      };
      expect(agentValueWrites(before, after).length).toBeLessThanOrEqual(80);
    },
  );
});
