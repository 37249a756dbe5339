import { api } from '../../support/api-client';
import { minimalZip } from '../../support/bundles';
import { aMember, aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';
import { aMinimalPlugin, enablePlugin, publishPlugin, publishVersion, uniquePluginName } from '../../support/plugins';
import { waitForEvents } from '../../support/local-events';

/** Enabling plugins in a workspace: requirements resolved at enable time, cycles refused, pins, disabling. */

let owner: TestUser;
let ws: string;

beforeAll(async () => {
  owner = await aUser('enabler');
  ws = await aWorkspace(owner);
  await setTier(ws, 'team');
});

const anAgent = async () =>
  (await api.post('/api/agents', { name: `Agent ${uniquePluginName('a')}` }, { token: owner.token })).body.data.agent as { id: string };

describe('enabling a plugin', () => {
  it('enables a published plugin, following its latest version, and lists it', async () => {
    const plugin = await aMinimalPlugin(owner);
    const res = await enablePlugin(owner, ws, plugin.id);
    expect(res.status).toBe(200);
    expect(res.body.data.plugin).toMatchObject({
      plugin_id: plugin.id,
      name: plugin.name,
      pinned_version: null,
      version: '1.0.0',
      latest_version: '1.0.0',
      assigned_agents: 0,
    });
    const list = await api.get(`/api/workspaces/${ws}/plugins?limit=100`, { token: owner.token });
    expect(list.body.data.plugins.map((p: { plugin_id: string }) => p.plugin_id)).toContain(plugin.id);
  });

  it('can be done again to pin a version; the pin must exist (422 PLUGIN_VERSION_NOT_FOUND)', async () => {
    const plugin = await aMinimalPlugin(owner);
    await publishVersion(owner, plugin.id, minimalZip({ name: plugin.name, version: '2.0.0' }));
    await enablePlugin(owner, ws, plugin.id);
    const pinned = await enablePlugin(owner, ws, plugin.name, { version: '1.0.0' });
    expect(pinned.body.data.plugin).toMatchObject({ pinned_version: '1.0.0', version: '1.0.0', latest_version: '2.0.0' });
    const missing = await enablePlugin(owner, ws, plugin.id, { version: '3.0.0' });
    expect({ status: missing.status, code: missing.body.error.code }).toEqual({ status: 422, code: 'PLUGIN_VERSION_NOT_FOUND' });
    const unpinned = await enablePlugin(owner, ws, plugin.id, { version: null });
    expect(unpinned.body.data.plugin).toMatchObject({ pinned_version: null, version: '2.0.0' });
  });

  it('holds a followed plugin at the approved version when a new version adds a riskier tool, until an admin upgrades', async () => {
    const tool = (risk: string) => ({
      name: 'lookup',
      description: 'Looks things up',
      input_schema: { type: 'object' },
      risk,
      endpoint: 'https://tools.example/lookup',
    });
    const plugin = await aMinimalPlugin(owner, { tools: [tool('read')] });
    await enablePlugin(owner, ws, plugin.id);
    const agent = await anAgent();
    await api.put(`/api/agents/${agent.id}/plugins`, { plugin_ids: [plugin.id] }, { token: owner.token });
    const runs = async () =>
      (await api.get(`/api/agents/${agent.id}/context`, { token: owner.token })).body.data.context.plugins[0].version;

    // The publisher ships a harmless 1.1.0 (followed at once), then a 1.2.0 whose tool now creates things.
    await publishVersion(
      owner,
      plugin.id,
      minimalZip({ name: plugin.name, version: '1.1.0', description: 'Better words', tools: [tool('read')] }),
    );
    expect(await runs()).toBe('1.1.0');
    await publishVersion(owner, plugin.id, minimalZip({ name: plugin.name, version: '1.2.0', tools: [tool('create')] }));
    expect(await runs()).toBe('1.0.0');
    const listed = (await api.get(`/api/workspaces/${ws}/plugins?limit=100`, { token: owner.token })).body.data.plugins;
    expect(listed.find((p: { plugin_id: string }) => p.plugin_id === plugin.id)).toMatchObject({
      version: '1.0.0',
      latest_version: '1.2.0',
      upgrade_required: ['tool_risk'],
    });

    const upgraded = await enablePlugin(owner, ws, plugin.id);
    expect(upgraded.body.data.plugin).toMatchObject({ version: '1.2.0', upgrade_required: [] });
    expect(await runs()).toBe('1.2.0');
  });

  it('refuses a plugin with no version yet with 422 PLUGIN_NOT_PUBLISHED', async () => {
    const created = await api.post('/api/plugins', { name: uniquePluginName(), description: 'D', size: 10 }, { token: owner.token });
    const res = await enablePlugin(owner, ws, created.body.data.plugin.id);
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 422, code: 'PLUGIN_NOT_PUBLISHED' });
  });

  it('refuses an unknown plugin with 404 PLUGIN_NOT_FOUND', async () => {
    const res = await enablePlugin(owner, ws, 'plg_01ARZ3NDEKTSV4RRFFQ69G5FAV');
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 404, code: 'PLUGIN_NOT_FOUND' });
  });

  it('is for owners and admins: a member gets 403, but may list', async () => {
    const plugin = await aMinimalPlugin(owner);
    const member = await aMember(owner, ws, 'member');
    const headers = { 'X-Workspace-ID': ws };
    expect((await api.put(`/api/workspaces/${ws}/plugins/${plugin.id}`, {}, { token: member.token, headers })).status).toBe(403);
    expect((await api.get(`/api/workspaces/${ws}/plugins`, { token: member.token, headers })).status).toBe(200);
  });
});

describe('requirements', () => {
  it('refuses a plugin whose requirement is not enabled with 422 PLUGIN_NOT_ENABLED naming it, and enables it once it is', async () => {
    const base = await aMinimalPlugin(owner);
    const dependent = await aMinimalPlugin(owner, { requires: [{ name: base.name, version: '^1.0.0' }] });
    const refused = await enablePlugin(owner, ws, dependent.id);
    expect({ status: refused.status, code: refused.body.error.code }).toEqual({ status: 422, code: 'PLUGIN_NOT_ENABLED' });
    expect(refused.body.error.message).toContain(base.name);
    expect(refused.body.error.details).toEqual([
      expect.objectContaining({ plugin: base.name, range: '^1.0.0', required_by: dependent.name, issue: 'not_enabled' }),
    ]);
    await enablePlugin(owner, ws, base.id);
    expect((await enablePlugin(owner, ws, dependent.id)).status).toBe(200);
  });

  it('refuses a requirement enabled at a version outside the range, and one that names no plugin', async () => {
    const base = await aMinimalPlugin(owner);
    await enablePlugin(owner, ws, base.id);
    const wantsTwo = await aMinimalPlugin(owner, { requires: [{ name: base.name, version: '>=2.0.0' }] });
    const mismatch = await enablePlugin(owner, ws, wantsTwo.id);
    expect(mismatch.body.error.details).toEqual([
      expect.objectContaining({ plugin: base.name, issue: 'version_mismatch', enabled_version: '1.0.0' }),
    ]);
    const ghost = uniquePluginName('ghost');
    const wantsGhost = await aMinimalPlugin(owner, { requires: [{ name: ghost, version: '*' }] });
    const unknown = await enablePlugin(owner, ws, wantsGhost.id);
    expect(unknown.body.error.details).toEqual([expect.objectContaining({ plugin: ghost, issue: 'unknown' })]);
  });

  it('refuses plugins that require each other in a three-plugin cycle with 422 PLUGIN_DEPENDENCY_CYCLE and the cycle path', async () => {
    const [a, b, c] = [uniquePluginName('cycle-a'), uniquePluginName('cycle-b'), uniquePluginName('cycle-c')];
    await aMinimalPlugin(owner, { requires: [{ name: b, version: '*' }] }, a);
    await aMinimalPlugin(owner, { requires: [{ name: c, version: '*' }] }, b);
    await aMinimalPlugin(owner, { requires: [{ name: a, version: '*' }] }, c);
    for (const [start, path] of [
      [a, [a, b, c, a]],
      [b, [b, c, a, b]],
      [c, [c, a, b, c]],
    ] as const) {
      const res = await enablePlugin(owner, ws, start);
      expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 422, code: 'PLUGIN_DEPENDENCY_CYCLE' });
      expect(res.body.error.details).toEqual([{ field: 'requires', issue: 'cycle', cycle: [...path] }]);
    }
    expect(
      (await api.get(`/api/workspaces/${ws}/plugins?limit=100`, { token: owner.token })).body.data.plugins.map(
        (p: { name: string }) => p.name,
      ),
    ).not.toContain(a);
  });

  it('checks requirements through the version a pin names', async () => {
    const base = await aMinimalPlugin(owner);
    const name = uniquePluginName('pinned');
    const { plugin } = await publishPlugin(owner, name, minimalZip({ name }));
    await publishVersion(owner, plugin.id, minimalZip({ name, version: '2.0.0', requires: [{ name: base.name, version: '^1.0.0' }] }));
    expect((await enablePlugin(owner, ws, plugin.id)).body.error.code).toBe('PLUGIN_NOT_ENABLED');
    expect((await enablePlugin(owner, ws, plugin.id, { version: '1.0.0' })).status).toBe(200);
  });
});

describe('disabling a plugin', () => {
  it('removes it from the workspace', async () => {
    const plugin = await aMinimalPlugin(owner);
    await enablePlugin(owner, ws, plugin.id);
    const res = await api.delete(`/api/workspaces/${ws}/plugins/${plugin.id}`, { token: owner.token });
    expect(res.body.data).toEqual({ deleted: true, plugin_id: plugin.id, unassigned_agents: [] });
    const again = await api.delete(`/api/workspaces/${ws}/plugins/${plugin.id}`, { token: owner.token });
    expect({ status: again.status, code: again.body.error.code }).toEqual({ status: 404, code: 'PLUGIN_NOT_FOUND' });
  });

  it('is refused with 409 PLUGIN_IN_USE naming the agents while agents have it assigned', async () => {
    const plugin = await aMinimalPlugin(owner);
    await enablePlugin(owner, ws, plugin.id);
    const agent = await anAgent();
    await api.put(`/api/agents/${agent.id}/plugins`, { plugin_ids: [plugin.id] }, { token: owner.token });
    const res = await api.delete(`/api/workspaces/${ws}/plugins/${plugin.id}`, { token: owner.token });
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 409, code: 'PLUGIN_IN_USE' });
    expect(res.body.error.details).toEqual([expect.objectContaining({ agent_id: agent.id })]);
    expect((await enablePlugin(owner, ws, plugin.id)).body.data.plugin.assigned_agents).toBe(1);
  });

  it('with force=true also unassigns it from every agent, keeping their other plugins in order', async () => {
    const [keep, drop, last] = [await aMinimalPlugin(owner), await aMinimalPlugin(owner), await aMinimalPlugin(owner)];
    for (const p of [keep, drop, last]) await enablePlugin(owner, ws, p.id);
    const [one, two] = [await anAgent(), await anAgent()];
    await api.put(`/api/agents/${one.id}/plugins`, { plugin_ids: [keep.id, drop.id, last.id] }, { token: owner.token });
    await api.put(`/api/agents/${two.id}/plugins`, { plugin_ids: [drop.id] }, { token: owner.token });
    const res = await api.delete(`/api/workspaces/${ws}/plugins/${drop.id}?force=true`, { token: owner.token });
    expect(res.status).toBe(200);
    expect([...res.body.data.unassigned_agents].sort()).toEqual([one.id, two.id].sort());
    const plugins = (await api.get(`/api/agents/${one.id}/plugins`, { token: owner.token })).body.data;
    expect(plugins.plugins.map((p: { plugin_id: string; priority: number }) => [p.plugin_id, p.priority])).toEqual([
      [keep.id, 0],
      [last.id, 1],
    ]);
    expect(plugins.assignment_version).toBe(2);
    expect((await api.get(`/api/agents/${two.id}/plugins`, { token: owner.token })).body.data.plugins).toEqual([]);
    const [published] = await waitForEvents(
      (e) => e['detail-type'] === 'plugin.assigned' && e.detail.data.agent_id === one.id && e.detail.data.reason === 'plugin_disabled',
      1,
    );
    expect(published?.detail.data).toEqual({
      agent_id: one.id,
      plugin_ids: [keep.id, last.id],
      added: [],
      removed: [drop.id],
      reason: 'plugin_disabled',
    });
  });

  it('does not count agents that were deleted since', async () => {
    const plugin = await aMinimalPlugin(owner);
    await enablePlugin(owner, ws, plugin.id);
    const agent = await anAgent();
    await api.put(`/api/agents/${agent.id}/plugins`, { plugin_ids: [plugin.id] }, { token: owner.token });
    await api.delete(`/api/agents/${agent.id}`, { token: owner.token });
    expect((await api.delete(`/api/workspaces/${ws}/plugins/${plugin.id}`, { token: owner.token })).status).toBe(200);
  });
});
