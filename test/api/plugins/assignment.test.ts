import { api } from '../../support/api-client';
import { aMember, aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';
import { aMinimalPlugin, enablePlugin, uniquePluginName } from '../../support/plugins';
import { waitForEvents } from '../../support/local-events';

/** PUT /api/agents/{agent}/plugins replaces the agent's plugins in one transaction; priority is the position. */

let owner: TestUser;
let ws: string;
let enabled: { id: string; name: string }[];
const nth = (i: number) => enabled[i] as { id: string; name: string };

beforeAll(async () => {
  owner = await aUser('assigner');
  ws = await aWorkspace(owner);
  await setTier(ws, 'team');
  enabled = [];
  for (let i = 0; i < 3; i += 1) {
    const plugin = await aMinimalPlugin(owner);
    await enablePlugin(owner, ws, plugin.id);
    enabled.push(plugin);
  }
});

const anAgent = async () =>
  (await api.post('/api/agents', { name: `Agent ${uniquePluginName('a')}` }, { token: owner.token })).body.data.agent as {
    id: string;
    slug: string;
  };
const assign = (agent: string, pluginIds: string[], headers: Record<string, string> = {}) =>
  api.put(`/api/agents/${agent}/plugins`, { plugin_ids: pluginIds }, { token: owner.token, headers });

describe('assigning plugins to an agent', () => {
  it('starts with none', async () => {
    const res = await api.get(`/api/agents/${(await anAgent()).id}/plugins`, { token: owner.token });
    expect(res.body.data).toEqual({ plugins: [], assignment_version: 0 });
  });

  it('keeps the order given as priority, with marketplace details joined, and bumps the assignment version', async () => {
    const agent = await anAgent();
    const [a, b, c] = [nth(0), nth(1), nth(2)];
    const res = await assign(agent.slug, [c.id, a.id, b.id]);
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.body.data.plugins.map((p: { plugin_id: string; priority: number }) => [p.plugin_id, p.priority])).toEqual([
      [c.id, 0],
      [a.id, 1],
      [b.id, 2],
    ]);
    expect(res.body.data.plugins[0]).toMatchObject({
      name: c.name,
      description: `The ${c.name} plugin`,
      version: '1.0.0',
      pinned_version: null,
      latest: { version: '1.0.0' },
    });
    const read = await api.get(`/api/agents/${agent.id}/plugins`, { token: owner.token });
    expect(read.body.data).toEqual(res.body.data);
    const reordered = await assign(agent.id, [b.id, c.id]);
    expect(reordered.body.data.plugins.map((p: { plugin_id: string }) => p.plugin_id)).toEqual([b.id, c.id]);
    expect(reordered.body.data.assignment_version).toBe(2);
  });

  it('drops duplicates keeping the first occurrence, and takes names as well as ids', async () => {
    const agent = await anAgent();
    const [a, b] = [nth(0), nth(1)];
    const res = await assign(agent.id, [b.id, a.name, b.name, a.id, b.id]);
    expect(res.body.data.plugins.map((p: { plugin_id: string }) => p.plugin_id)).toEqual([b.id, a.id]);
  });

  it('unassigns everything with an empty list', async () => {
    const agent = await anAgent();
    await assign(agent.id, [nth(0).id]);
    expect((await assign(agent.id, [])).body.data).toEqual({ plugins: [], assignment_version: 2 });
  });

  it('publishes plugin.assigned with what was added and removed', async () => {
    const agent = await anAgent();
    const [a, b] = [nth(0), nth(1)];
    await assign(agent.id, [a.id]);
    await assign(agent.id, [b.id]);
    const [event] = await waitForEvents(
      (e) =>
        e['detail-type'] === 'plugin.assigned' && e.detail.data.agent_id === agent.id && (e.detail.data.removed as string[]).length > 0,
      1,
    );
    expect(event?.detail.data).toEqual({ agent_id: agent.id, plugin_ids: [b.id], added: [b.id], removed: [a.id] });
  });

  it('refuses an id that names no plugin with 422 PLUGIN_NOT_ENABLED naming it, changing nothing', async () => {
    const agent = await anAgent();
    await assign(agent.id, [nth(0).id]);
    const missing = 'plg_01ARZ3NDEKTSV4RRFFQ69G5FAV';
    const res = await assign(agent.id, [nth(1).id, missing]);
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 422, code: 'PLUGIN_NOT_ENABLED' });
    expect(res.body.error.message).toContain(missing);
    expect(res.body.error.details).toEqual([{ field: 'plugin_ids', issue: 'no such plugin', plugin_id: missing }]);
    expect((await api.get(`/api/agents/${agent.id}/plugins`, { token: owner.token })).body.data.assignment_version).toBe(1);
  });

  it('refuses plugins not enabled in the workspace with 422 PLUGIN_NOT_ENABLED naming each', async () => {
    const agent = await anAgent();
    const [off1, off2] = [await aMinimalPlugin(owner), await aMinimalPlugin(owner)];
    const res = await assign(agent.id, [nth(0).id, off1.id, off2.id]);
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 422, code: 'PLUGIN_NOT_ENABLED' });
    expect(res.body.error.details.map((d: { plugin_id: string }) => d.plugin_id)).toEqual([off1.id, off2.id]);
  });

  it('refuses more than 20 plugins with 400', async () => {
    const res = await assign(
      (await anAgent()).id,
      Array.from({ length: 21 }, () => nth(0).id),
    );
    expect(res.status).toBe(400);
  });

  it('honours If-Match against the assignment version (412 when stale)', async () => {
    const agent = await anAgent();
    await assign(agent.id, [nth(0).id]);
    const stale = await assign(agent.id, [], { 'If-Match': '"0"' });
    expect({ status: stale.status, code: stale.body.error.code }).toEqual({ status: 412, code: 'VERSION_CONFLICT' });
    expect((await assign(agent.id, [], { 'If-Match': '"1"' })).status).toBe(200);
  });

  it('counts the agents a plugin is assigned to on its enablement', async () => {
    const plugin = await aMinimalPlugin(owner);
    await enablePlugin(owner, ws, plugin.id);
    const [one, two] = [await anAgent(), await anAgent()];
    await assign(one.id, [plugin.id]);
    await assign(two.id, [plugin.id]);
    await assign(one.id, []);
    const list = await api.get(`/api/workspaces/${ws}/plugins?limit=100`, { token: owner.token });
    expect(list.body.data.plugins.find((p: { plugin_id: string }) => p.plugin_id === plugin.id).assigned_agents).toBe(1);
  });

  it('needs manage access to the agent: a member with view access gets 403, one without access 404', async () => {
    const agent = await anAgent();
    const member = await aMember(owner, ws, 'member');
    const headers = { 'X-Workspace-ID': ws };
    const hidden = await api.put(`/api/agents/${agent.id}/plugins`, { plugin_ids: [] }, { token: member.token, headers });
    expect(hidden.status).toBe(404);
    await api.post(`/api/agents/${agent.id}/share`, { email: member.email, access: 'view' }, { token: owner.token });
    expect((await api.get(`/api/agents/${agent.id}/plugins`, { token: member.token, headers })).status).toBe(200);
    expect((await api.put(`/api/agents/${agent.id}/plugins`, { plugin_ids: [] }, { token: member.token, headers })).status).toBe(403);
  });
});
