import { AgentPlatform, AuthenticationError, ConflictError, InvalidRequestError, NotFoundError, PermissionDeniedError } from '../src';
import { fixtureZip } from '../../../test/support/bundles';
import { uniquePluginName } from '../../../test/support/plugins';
import { anOwner, mine } from './support';

describe('the TypeScript client against the local runtime', () => {
  it('creates, lists, reads, updates, renames, starts, stops and deletes an agent', async () => {
    const client = (await anOwner()).client();
    const agent = await client.agents.create({ name: 'Research Assistant', role: 'general-assistant', maturity_level: 'student' });
    expect(agent).toMatchObject({ name: 'Research Assistant', maturity_level: 'student' });
    expect(mine((await client.agents.list({ maturity_level: 'student' })).agents).map((a) => a.id)).toEqual([agent.id]);
    expect((await client.agents.get(agent.slug)).id).toBe(agent.id);
    const updated = await client.agents.update(agent.id, { description: 'Finds papers' }, { ifMatch: agent.version });
    expect(updated.description).toBe('Finds papers');
    expect((await client.agents.rename(agent.id, { name: 'Scholar' })).slug).toBe('scholar');
    expect((await client.agents.health(agent.id, { probe: 'true' })).healthy).toBe(true);
    expect(await client.agents.start(agent.id)).toBeDefined();
    expect(await client.agents.stop(agent.id)).toBeDefined();
    expect((await client.agents.logs(agent.id)).length).toBeGreaterThan(0);
    await client.agents.delete(agent.id);
    await expect(client.agents.get(agent.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses an update against a stale version with a ConflictError', async () => {
    const client = (await anOwner()).client();
    const agent = await client.agents.create({ name: 'Versioned' });
    await client.agents.update(agent.id, { description: 'first' }, { ifMatch: agent.version });
    const stale = client.agents.update(agent.id, { description: 'second' }, { ifMatch: agent.version });
    await expect(stale).rejects.toMatchObject({ constructor: ConflictError, status: 412 });
  });

  it('reads, updates and lists workspaces and creates, lists and revokes API keys', async () => {
    const owner = await anOwner();
    const client = owner.client();
    expect((await client.workspaces.list()).map((w) => w.id)).toContain(owner.workspaceId);
    expect((await client.workspaces.update({ name: 'Renamed' })).name).toBe('Renamed');
    expect((await client.workspaces.get()).name).toBe('Renamed');
    const created = await client.workspaces.create({ name: 'Second' });
    expect(created.role).toBe('owner');
    const key = await client.apiKeys.create({ name: 'ci', scopes: ['read'] });
    expect(key.secret).toMatch(/^ap_live_/);
    expect((await client.apiKeys.list()).map((k) => k.id)).toContain(key.id);
    const withKey = new AgentPlatform({ baseUrl: process.env.API_URL, apiKey: key.secret });
    expect(mine((await withKey.agents.list()).agents)).toEqual([]);
    await client.apiKeys.revoke(key.id);
    await expect(withKey.agents.list()).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('reports failures as typed errors with status, code, details and request id', async () => {
    const client = (await anOwner()).client();
    const invalid = await client.agents.create({ name: '' }).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(InvalidRequestError);
    expect(invalid).toMatchObject({ status: 400, code: 'INVALID_INPUT', requestId: expect.stringMatching(/^req_/) });
    expect((invalid as InvalidRequestError).details[0]).toMatchObject({ field: 'name' });
    await expect(client.agents.get('agent_missing')).rejects.toMatchObject({ constructor: NotFoundError, status: 404 });
    const outsider = new AgentPlatform({ baseUrl: process.env.API_URL, token: 'not-a-token' });
    await expect(outsider.agents.list()).rejects.toMatchObject({ constructor: AuthenticationError, status: 401 });
    const readOnly = await client.apiKeys.create({ name: 'reader', scopes: ['read'] });
    const reader = new AgentPlatform({ baseUrl: process.env.API_URL, apiKey: readOnly.secret });
    await expect(reader.agents.create({ name: 'Nope' })).rejects.toBeInstanceOf(PermissionDeniedError);
  });

  it('falls back to the environment for the base URL, credentials and workspace', async () => {
    const owner = await anOwner();
    await owner.client().agents.create({ name: 'From env' });
    const saved = { ...process.env };
    Object.assign(process.env, {
      AGENT_PLATFORM_URL: process.env.API_URL,
      AGENT_PLATFORM_TOKEN: owner.token,
      AGENT_PLATFORM_WORKSPACE: owner.workspaceId,
    });
    try {
      expect(mine((await new AgentPlatform().agents.list()).agents).map((a) => a.name)).toEqual(['From env']);
    } finally {
      process.env = saved;
    }
  });

  it('publishes a plugin bundle, then a second version of it', async () => {
    const client = (await anOwner()).client();
    const name = uniquePluginName('sdk-plugin');
    const first = await client.plugins.publish(fixtureZip('web-research', { name }), { name, description: 'From the SDK' });
    expect(first.version).toBe('1.0.0');
    const second = await client.plugins.publish(fixtureZip('web-research', { name, version: '1.1.0' }), {
      name,
      description: 'From the SDK',
    });
    expect(second).toMatchObject({ plugin_id: first.plugin_id, version: '1.1.0' });
  });
});
