import { api, request } from '../../support/api-client';
import { aUser, aWorkspace, anApiKey } from '../../support/fixtures';

describe('tenancy of agent routes', () => {
  let agentId: string;
  let agentSlug: string;
  let foreign: { token: string; apiKey: string };

  beforeAll(async () => {
    const owner = await aUser();
    await aWorkspace(owner);
    ({ id: agentId, slug: agentSlug } = (await api.post('/api/agents', { name: 'Private Agent' }, { token: owner.token })).body.data.agent);
    const stranger = await aUser();
    const strangerWs = await aWorkspace(stranger);
    // The stranger has an agent with the same slug: addressing by slug must resolve in their own workspace only.
    await api.post('/api/agents', { name: 'Other' }, { token: stranger.token });
    foreign = { token: stranger.token, apiKey: (await anApiKey(stranger, strangerWs, ['read', 'write', 'execute', 'admin'])).secret };
  });

  // Every row names its body (null for none): with fewer values jest would pass its `done` callback instead.
  const probes: [string, string, unknown][] = [
    ['GET', '/api/agents/{agent}', null],
    ['PATCH', '/api/agents/{agent}', { description: 'x' }],
    ['PUT', '/api/agents/{agent}', { description: 'x' }],
    ['DELETE', '/api/agents/{agent}', null],
    ['POST', '/api/agents/{agent}/start', null],
    ['POST', '/api/agents/{agent}/stop', null],
    ['GET', '/api/agents/{agent}/health', null],
    ['PUT', '/api/agents/{agent}/rename', { name: 'Stolen' }],
  ];

  it.each(probes)('%s %s answers 404 AGENT_NOT_FOUND across workspaces, by id and by slug', async (method, path, body) => {
    for (const ref of [agentId, agentSlug]) {
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

  it('foreign agents never appear in lists', async () => {
    const res = await api.get('/api/agents?limit=100', { token: foreign.token });
    expect(res.body.data.agents.map((a: { id: string }) => a.id)).not.toContain(agentId);
  });
});
