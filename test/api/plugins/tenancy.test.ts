import { api, request } from '../../support/api-client';
import { aUser, aWorkspace, anApiKey, setTier } from '../../support/fixtures';
import { aMinimalPlugin, enablePlugin } from '../../support/plugins';

/** Another workspace's agents and workspace plugin settings answer 404, never 403; public plugins stay public. */

describe('tenancy of plugin routes', () => {
  let ws: string;
  let agent: { id: string; slug: string };
  let pluginId: string;
  let foreign: { token: string; apiKey: string; ws: string };
  let publisher: { token: string; email: string };

  beforeAll(async () => {
    const owner = await aUser('tenant');
    publisher = owner;
    ws = await aWorkspace(owner);
    await setTier(ws, 'team');
    pluginId = (await aMinimalPlugin(owner)).id;
    await enablePlugin(owner, ws, pluginId);
    agent = (await api.post('/api/agents', { name: 'Plugged Agent' }, { token: owner.token })).body.data.agent;
    await api.put(`/api/agents/${agent.id}/plugins`, { plugin_ids: [pluginId] }, { token: owner.token });
    const stranger = await aUser('stranger');
    const strangerWs = await aWorkspace(stranger);
    // The stranger has an agent with the same slug: by slug, a path must resolve in their own workspace only.
    await api.post('/api/agents', { name: 'Plugged Agent' }, { token: stranger.token });
    foreign = { token: stranger.token, apiKey: (await anApiKey(stranger, strangerWs, ['read', 'write', 'admin'])).secret, ws: strangerWs };
  });

  const agentProbes: [string, string, unknown][] = [
    ['GET', '/api/agents/{agent}/plugins', null],
    ['PUT', '/api/agents/{agent}/plugins', { plugin_ids: [] }],
    ['GET', '/api/agents/{agent}/context', null],
  ];

  it.each(agentProbes)('%s %s answers 404 AGENT_NOT_FOUND for an agent of another workspace', async (method, path, body) => {
    for (const credentials of [{ token: foreign.token }, { apiKey: foreign.apiKey }]) {
      const res = await request(method, path.replace('{agent}', agent.id), { ...credentials, json: body ?? undefined });
      expect({ status: res.status, code: res.body.error?.code }).toEqual({ status: 404, code: 'AGENT_NOT_FOUND' });
    }
  });

  it("resolves a slug in the caller's own workspace only", async () => {
    const context = (await api.get(`/api/agents/${agent.slug}/context`, { token: foreign.token })).body.data.context;
    expect(context.agent_id).not.toBe(agent.id);
    expect(context.plugins).toEqual([]);
  });

  const workspaceProbes: [string, string, unknown][] = [
    ['GET', '/api/workspaces/{ws}/plugins', null],
    ['PUT', '/api/workspaces/{ws}/plugins/{plugin}', {}],
    ['DELETE', '/api/workspaces/{ws}/plugins/{plugin}', null],
  ];

  it.each(workspaceProbes)('%s %s answers 404 for a workspace the caller is not in', async (method, path, body) => {
    for (const credentials of [{ token: foreign.token }, { apiKey: foreign.apiKey }]) {
      const res = await request(method, path.replace('{ws}', ws).replace('{plugin}', pluginId), {
        ...credentials,
        json: body ?? undefined,
      });
      expect(res.status).toBe(404);
    }
  });

  it("leaves the owner's enablement and assignments untouched after the probes", async () => {
    const list = await api.get(`/api/workspaces/${foreign.ws}/plugins`, { token: foreign.token });
    expect(list.body.data.plugins).toEqual([]);
    const res = await request('PUT', `/api/agents/${agent.slug}/plugins`, { token: foreign.token, json: { plugin_ids: [pluginId] } });
    // The slug resolves to the stranger's own agent, where the plugin is not enabled.
    expect(res.body.error.code).toBe('PLUGIN_NOT_ENABLED');
  });

  it("does not show the publisher's email to other workspaces", async () => {
    const theirs = (await api.get(`/api/plugins/${pluginId}`, { token: foreign.token })).body.data.plugin;
    expect(theirs.versions.map((v: { published_by: unknown }) => v.published_by)).toEqual([null]);
    const own = (await api.get(`/api/plugins/${pluginId}`, { token: publisher.token })).body.data.plugin;
    expect(own.versions[0].published_by).toBe(publisher.email);
  });

  it('shows a published plugin to every workspace, which may enable it too', async () => {
    expect((await api.get(`/api/plugins/${pluginId}`, { token: foreign.token })).status).toBe(200);
    expect((await enablePlugin({ email: '', token: foreign.token }, foreign.ws, pluginId)).status).toBe(200);
  });
});
