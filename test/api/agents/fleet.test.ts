import { api } from '../../support/api-client';
import { aMember, aUser, aWorkspace, setTier } from '../../support/fixtures';

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
    expect(bySlug.default).toMatchObject({ maturity_level: 'student', allowed_risks: ['read', 'egress'], approval_required_risks: ['egress'] });
    expect(res.body.data.summary).toMatchObject({ autonomous: 1, read_only: 1, by_level: { student: 1, supervised: 1, autonomous: 1 } });
  });

  it('context-stats estimates each agent’s standing prompt, and a member sees only their agents', async () => {
    const owner = await aUser();
    const ws = await aWorkspace(owner);
    await setTier(ws, 'team');
    await api.post('/api/agents', { name: 'Verbose', system_prompt: 'x'.repeat(400), instruction_template: 'Do {{task}}' }, { token: owner.token });
    const member = await aMember(owner, ws, 'member');
    await api.post('/api/agents', { name: 'Members Own' }, { token: member.token });
    const all = await api.get('/api/agents/context-stats', { token: owner.token });
    expect(all.body.data.agents.find((a: { slug: string }) => a.slug === 'verbose')).toMatchObject({ system_prompt_tokens: 100, instruction_template_tokens: 3, estimated_tokens: 103 });
    const mine = await api.get('/api/agents/context-stats', { token: member.token });
    expect(mine.body.data.agents.map((a: { slug: string }) => a.slug)).toEqual(['members-own']);
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
