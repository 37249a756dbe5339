import { api } from '../../support/api-client';
import { aMember, aUser, aWorkspace, anApiKey, type TestUser } from '../../support/fixtures';
import { aFixturePlugin, enablePlugin } from '../../support/plugins';

/** /api/agent-templates: the built-in templates and the workspace's own, and `template` on create filling from either. */

let owner: TestUser;
let workspaceId: string;

beforeAll(async () => {
  owner = await aUser('template-owner');
  workspaceId = await aWorkspace(owner);
});

const contracts = {
  description: 'Reads contracts',
  type: 'legal-assistant',
  system_prompt: 'You read contracts and flag unusual clauses.',
  instruction_template: 'Contract: {{task}}',
  capabilities: ['contracts', 'review'],
  configuration: { temperature: 0.1, max_tokens: 800 },
};

describe('agent templates', () => {
  it('lists the built-in templates, business-assistant among them, to every member', async () => {
    const member = await aMember(owner, workspaceId, 'member');
    const res = await api.get('/api/agent-templates', { token: member.token });
    expect(res.status).toBe(200);
    const names = res.body.data.templates.map((t: { name: string }) => t.name);
    expect(names).toEqual(expect.arrayContaining(['bookkeeper', 'business-assistant', 'research-assistant', 'support-agent']));
    expect(res.body.data.templates.find((t: { name: string }) => t.name === 'business-assistant')).toMatchObject({
      source: 'built-in',
      version: null,
      capabilities: ['analysis', 'writing', 'summarization'],
    });
    expect(res.body.data.pagination).toMatchObject({ page: 1, total: names.length });
  });

  it('stores a workspace template under PUT, reads it back, and lists it by name among the built-in ones', async () => {
    const put = await api.put('/api/agent-templates/contracts', contracts, { token: owner.token });
    expect(put.status).toBe(200);
    expect(put.body.data.template).toMatchObject({ name: 'contracts', source: 'workspace', ...contracts, plugin_ids: [], version: 1 });
    const read = await api.get('/api/agent-templates/contracts', { token: owner.token });
    expect(read.body.data.template).toEqual(put.body.data.template);
    expect(read.headers.get('etag')).toBe('"1"');
    const list = await api.get('/api/agent-templates', { token: owner.token });
    const names = list.body.data.templates.map((t: { name: string }) => t.name);
    expect(names).toEqual([...names].sort());
    expect(names).toContain('contracts');
  });

  it('creates a workspace template under POST only while the name is free: 409 NAME_TAKEN after, 403 for a built-in name', async () => {
    const res = await api.post('/api/agent-templates', { name: 'posted', ...contracts }, { token: owner.token });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe('/api/agent-templates/posted');
    expect(res.body.data.template).toMatchObject({ name: 'posted', source: 'workspace', ...contracts, version: 1 });
    expect((await api.get('/api/agent-templates/posted', { token: owner.token })).body.data.template).toEqual(res.body.data.template);
    const again = await api.post('/api/agent-templates', { name: 'posted' }, { token: owner.token });
    expect({ status: again.status, code: again.body.error.code }).toEqual({ status: 409, code: 'NAME_TAKEN' });
    const builtIn = await api.post('/api/agent-templates', { name: 'support-agent' }, { token: owner.token });
    expect({ status: builtIn.status, code: builtIn.body.error.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
  });

  it('replaces a workspace template whole, bumping its version', async () => {
    await api.put('/api/agent-templates/replaced', contracts, { token: owner.token });
    const res = await api.put('/api/agent-templates/replaced', { system_prompt: 'Only this.' }, { token: owner.token });
    expect(res.body.data.template).toMatchObject({
      system_prompt: 'Only this.',
      description: null,
      type: null,
      capabilities: [],
      configuration: {},
      version: 2,
    });
  });

  it('pages the templates with a cursor', async () => {
    const user = await aUser('template-pager');
    await aWorkspace(user);
    for (const name of ['aa-one', 'zz-two']) await api.put(`/api/agent-templates/${name}`, {}, { token: user.token });
    const first = await api.get('/api/agent-templates?limit=4', { token: user.token });
    expect(first.body.data.pagination).toMatchObject({ total: 6, pages: 2, next_cursor: expect.any(String) });
    const second = await api.get(`/api/agent-templates?limit=4&cursor=${first.body.data.pagination.next_cursor}`, { token: user.token });
    expect(second.body.data.templates.map((t: { name: string }) => t.name)).toEqual(['support-agent', 'zz-two']);
  });

  it('creates an agent from a workspace template, the request winning field by field and configuration key by key', async () => {
    await api.put('/api/agent-templates/contracts', contracts, { token: owner.token });
    const res = await api.post(
      '/api/agents',
      { name: 'Contract reader', template: 'contracts', capabilities: ['mine'], configuration: { temperature: 0.7 } },
      { token: owner.token },
    );
    expect(res.status).toBe(201);
    expect(res.body.data.agent).toMatchObject({
      template: 'contracts',
      type: 'legal-assistant',
      system_prompt: contracts.system_prompt,
      instruction_template: contracts.instruction_template,
      capabilities: ['mine'],
      configuration: { temperature: 0.7, max_tokens: 800 },
    });
  });

  it("assigns a template's plugins to agents made from it; one not enabled answers 422 PLUGIN_NOT_ENABLED, creating nothing", async () => {
    const plugin = await aFixturePlugin(owner);
    await api.put('/api/agent-templates/with-plugin', { system_prompt: 'Research.', plugin_ids: [plugin.id] }, { token: owner.token });
    const refused = await api.post('/api/agents', { name: 'Too early', template: 'with-plugin' }, { token: owner.token });
    expect({ status: refused.status, code: refused.body.error.code }).toEqual({ status: 422, code: 'PLUGIN_NOT_ENABLED' });
    expect((await api.get('/api/agents/too-early', { token: owner.token })).status).toBe(404);
    expect((await enablePlugin(owner, workspaceId, plugin.id)).status).toBe(200);
    const created = await api.post('/api/agents', { name: 'Researcher', template: 'with-plugin' }, { token: owner.token });
    expect(created.status).toBe(201);
    const plugins = await api.get(`/api/agents/${created.body.data.agent.id}/plugins`, { token: owner.token });
    expect(plugins.body.data.plugins.map((p: { plugin_id: string }) => p.plugin_id)).toEqual([plugin.id]);
  });

  it("refuses a template name that is neither built in nor the workspace's with 422 TEMPLATE_NOT_FOUND", async () => {
    const res = await api.post('/api/agents', { name: 'Nobody', template: 'no-such-template' }, { token: owner.token });
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 422, code: 'TEMPLATE_NOT_FOUND' });
  });

  it('keeps the built-in templates unchangeable: PUT and DELETE of a built-in name answer 403', async () => {
    const put = await api.put('/api/agent-templates/business-assistant', contracts, { token: owner.token });
    expect({ status: put.status, code: put.body.error.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    const del = await api.delete('/api/agent-templates/bookkeeper', { token: owner.token });
    expect({ status: del.status, code: del.body.error.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
  });

  it('deletes a workspace template, after which it is not found and creating from it answers 422', async () => {
    await api.put('/api/agent-templates/short-lived', contracts, { token: owner.token });
    const del = await api.delete('/api/agent-templates/short-lived', { token: owner.token });
    expect(del.body.data).toEqual({ deleted: true, template: 'short-lived' });
    const read = await api.get('/api/agent-templates/short-lived', { token: owner.token });
    expect({ status: read.status, code: read.body.error.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    expect((await api.delete('/api/agent-templates/short-lived', { token: owner.token })).status).toBe(404);
    expect((await api.post('/api/agents', { name: 'Late', template: 'short-lived' }, { token: owner.token })).status).toBe(422);
  });

  it('lets owners and admins change templates, and answers 403 to members and to API keys without admin', async () => {
    const admin = await aMember(owner, workspaceId, 'admin');
    expect((await api.put('/api/agent-templates/by-admin', {}, { token: admin.token })).status).toBe(200);
    const member = await aMember(owner, workspaceId, 'member');
    expect((await api.put('/api/agent-templates/by-member', {}, { token: member.token })).status).toBe(403);
    const writer = await anApiKey(owner, workspaceId, ['read', 'write']);
    expect((await api.put('/api/agent-templates/by-writer', {}, { apiKey: writer.secret })).status).toBe(403);
    const keyAdmin = await anApiKey(owner, workspaceId, ['read', 'write', 'admin']);
    expect((await api.put('/api/agent-templates/by-key', {}, { apiKey: keyAdmin.secret })).status).toBe(200);
  });

  it("keeps a workspace's templates to itself: another workspace neither reads, lists, deletes nor creates from them", async () => {
    await api.put('/api/agent-templates/private-one', contracts, { token: owner.token });
    const stranger = await aUser('template-stranger');
    await aWorkspace(stranger);
    const read = await api.get('/api/agent-templates/private-one', { token: stranger.token });
    expect({ status: read.status, code: read.body.error.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    const list = await api.get('/api/agent-templates', { token: stranger.token });
    expect(list.body.data.templates.map((t: { name: string }) => t.name)).not.toContain('private-one');
    expect((await api.delete('/api/agent-templates/private-one', { token: stranger.token })).status).toBe(404);
    const created = await api.post('/api/agents', { name: 'Borrower', template: 'private-one' }, { token: stranger.token });
    expect({ status: created.status, code: created.body.error.code }).toEqual({ status: 422, code: 'TEMPLATE_NOT_FOUND' });
    expect((await api.get('/api/agent-templates/private-one', { token: owner.token })).status).toBe(200);
  });

  it('answers 400 INVALID_INPUT to a malformed name or an unknown field', async () => {
    const name = await api.put('/api/agent-templates/Not_A_Name', {}, { token: owner.token });
    expect({ status: name.status, code: name.body.error.code }).toEqual({ status: 400, code: 'INVALID_INPUT' });
    const field = await api.put('/api/agent-templates/fine', { colour: 'red' }, { token: owner.token });
    expect({ status: field.status, code: field.body.error.code }).toEqual({ status: 400, code: 'INVALID_INPUT' });
  });
});
