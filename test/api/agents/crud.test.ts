import { api, request } from '../../support/api-client';
import { aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';

const fullBody = {
  name: 'Research Assistant',
  description: 'Helps with academic research tasks',
  role: 'finance-agent',
  maturity_level: 'intern',
  capabilities: ['web_browsing', 'search', 'summarization'],
  tags: ['research', 'docs'],
  llm_config: { temperature: 0.7, max_tokens: 2000 },
  custom_instructions: 'Cite sources.',
  resources: { cpu: 1, memory: '512m' },
  timeout_seconds: 120,
};

const anOwner = async (): Promise<TestUser> => {
  const owner = await aUser('agent-owner');
  await setTier(await aWorkspace(owner), 'team');
  return owner;
};

describe('agents: create, read, update, delete', () => {
  it('creates an agent from a full body: 201, Location, ETag, aliases folded, defaults filled', async () => {
    const owner = await anOwner();
    const res = await api.post('/api/agents', fullBody, { token: owner.token });
    expect(res.status).toBe(201);
    const agent = res.body.data.agent;
    expect(agent).toMatchObject({
      slug: 'research-assistant',
      role: 'finance-agent',
      maturity_level: 'intern',
      status: 'active',
      runtime_state: 'stopped',
      configuration: { temperature: 0.7, max_tokens: 2000 },
      system_prompt: 'Cite sources.',
      type: 'business-assistant',
      is_system: false,
      owner_email: owner.email,
      version: 1,
      statistics: { total_executions: 0 },
    });
    expect(agent.color).toMatch(/^#[0-9A-F]{6}$/);
    expect(res.headers.get('location')).toBe(`/api/agents/${agent.id}`);
    expect(res.headers.get('etag')).toBe('"1"');
    const byId = await api.get(`/api/agents/${agent.id}`, { token: owner.token });
    const bySlug = await api.get('/api/agents/research-assistant', { token: owner.token });
    expect(bySlug.body.data.agent).toEqual(byId.body.data.agent);
  });

  it('two concurrent creates with the same name answer exactly one 201 and one 409 NAME_TAKEN', async () => {
    const owner = await anOwner();
    const results = await Promise.all([1, 2].map(() => api.post('/api/agents', { name: 'Twin' }, { token: owner.token })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const refused = results.find((r) => r.status === 409);
    const winner = results.find((r) => r.status === 201);
    expect(refused?.body.error.code).toBe('NAME_TAKEN');
    expect(refused?.body.error.message).toContain(winner?.body.data.agent.id);
  });

  it('the free tier’s agent limit holds under a race: 4 parallel creates with 2 slots left, exactly 2 succeed', async () => {
    const owner = await aUser();
    await aWorkspace(owner);
    expect((await api.post('/api/agents', { name: 'first' }, { token: owner.token })).status).toBe(201);
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((name) => api.post('/api/agents', { name }, { token: owner.token })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 403, 403]);
    expect(results.find((r) => r.status === 403)?.body.error.code).toBe('AGENT_LIMIT_EXCEEDED');
  });

  it('two concurrent PATCHes with the same If-Match answer one 200 and one 412', async () => {
    const owner = await anOwner();
    const { id } = (await api.post('/api/agents', { name: 'Contended' }, { token: owner.token })).body.data.agent;
    const results = await Promise.all(
      ['x', 'y'].map((d) => api.patch(`/api/agents/${id}`, { description: d }, { token: owner.token, headers: { 'If-Match': '"1"' } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
    expect(results.find((r) => r.status === 412)?.body.error.code).toBe('VERSION_CONFLICT');
  });

  it('PUT and PATCH merge: absent fields stay, null clears, configuration merges key by key', async () => {
    const owner = await anOwner();
    const { id } = (await api.post('/api/agents', fullBody, { token: owner.token })).body.data.agent;
    const res = await api.put(`/api/agents/${id}`, { description: null, configuration: { temperature: 0.2 } }, { token: owner.token });
    expect(res.body.data.agent).toMatchObject({
      description: null,
      configuration: { temperature: 0.2, max_tokens: 2000 },
      tags: ['research', 'docs'],
      version: 2,
    });
  });

  it('an update naming role, maturity_level or id answers 400 IMMUTABLE_FIELD and changes nothing', async () => {
    const owner = await anOwner();
    const { id } = (await api.post('/api/agents', { name: 'Fixed' }, { token: owner.token })).body.data.agent;
    const res = await api.patch(`/api/agents/${id}`, { maturity_level: 'autonomous', description: 'sneaky' }, { token: owner.token });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('IMMUTABLE_FIELD');
    expect((await api.get(`/api/agents/${id}`, { token: owner.token })).body.data.agent).toMatchObject({
      maturity_level: 'student',
      description: null,
      version: 1,
    });
  });

  it('status follows the transition table: 409 INVALID_TRANSITION otherwise', async () => {
    const owner = await anOwner();
    const { id } = (await api.post('/api/agents', { name: 'Moody' }, { token: owner.token })).body.data.agent;
    expect((await api.patch(`/api/agents/${id}`, { status: 'paused' }, { token: owner.token })).status).toBe(200);
    const refused = await api.patch(`/api/agents/${id}`, { status: 'published' }, { token: owner.token });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'INVALID_TRANSITION', details: [{ from: 'paused', to: 'published' }] });
    expect((await api.patch(`/api/agents/${id}`, { status: 'deleted' }, { token: owner.token })).status).toBe(400);
  });

  it('deleting frees the name; the system agent cannot be deleted', async () => {
    const owner = await anOwner();
    const { id } = (await api.post('/api/agents', { name: 'Ephemeral' }, { token: owner.token })).body.data.agent;
    expect((await api.delete(`/api/agents/${id}`, { token: owner.token })).body.data).toEqual({
      deleted: true,
      agent_id: id,
      message: 'Agent ephemeral deleted',
    });
    expect((await api.get(`/api/agents/${id}`, { token: owner.token })).status).toBe(404);
    expect((await api.post('/api/agents', { name: 'Ephemeral' }, { token: owner.token })).status).toBe(201);
    const deleted = await api.get('/api/agents?status=deleted', { token: owner.token });
    expect(deleted.body.data.agents.map((a: { id: string }) => a.id)).toEqual([id]);
    const system = await api.delete('/api/agents/default', { token: owner.token });
    expect(system.status).toBe(403);
  });

  it('rename moves the slug and keeps the id; a taken name answers 409', async () => {
    const owner = await anOwner();
    const { id } = (await api.post('/api/agents', { name: 'Old Name' }, { token: owner.token })).body.data.agent;
    await api.post('/api/agents', { name: 'Taken' }, { token: owner.token });
    const renamed = await api.put('/api/agents/old-name/rename', { name: 'New Name' }, { token: owner.token });
    expect(renamed.body.data.agent).toMatchObject({ id, slug: 'new-name', name: 'New Name' });
    expect((await api.get('/api/agents/old-name', { token: owner.token })).status).toBe(404);
    expect((await api.put('/api/agents/new-name/rename', { name: 'Taken' }, { token: owner.token })).body.error.code).toBe('NAME_TAKEN');
  });

  it('start and stop change the runtime state; a paused agent cannot start', async () => {
    const owner = await anOwner();
    const { id } = (await api.post('/api/agents', { name: 'Runner' }, { token: owner.token })).body.data.agent;
    expect((await api.post(`/api/agents/${id}/start`, undefined, { token: owner.token })).body.data.agent.runtime_state).toBe('running');
    expect((await api.post(`/api/agents/${id}/stop`, undefined, { token: owner.token })).body.data.agent.runtime_state).toBe('stopped');
    await api.patch(`/api/agents/${id}`, { status: 'paused' }, { token: owner.token });
    expect((await api.post(`/api/agents/${id}/start`, undefined, { token: owner.token })).status).toBe(409);
  });
});

describe('references to other resources', () => {
  it('a persona_id that names no persona of the workspace answers 422 PERSONA_NOT_FOUND; null is fine', async () => {
    const owner = await anOwner();
    const refused = await api.post(
      '/api/agents',
      { name: 'Persona Less', persona_id: 'psn_01JAAAAAAAAAAAAAAAAAAAAAAA' },
      { token: owner.token },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'PERSONA_NOT_FOUND', details: [{ field: 'persona_id' }] });
    const { id } = (await api.post('/api/agents', { name: 'Persona Less', persona_id: null }, { token: owner.token })).body.data.agent;
    expect((await api.patch(`/api/agents/${id}`, { persona_id: 'psn_01JAAAAAAAAAAAAAAAAAAAAAAA' }, { token: owner.token })).status).toBe(
      422,
    );
  });
});

describe('purge after delete', () => {
  it('deleting an agent purges its shares, log lines and stored objects shortly after, off the request path', async () => {
    const { QueryCommand } = await import('@aws-sdk/lib-dynamodb');
    const { ListObjectsV2Command } = await import('@aws-sdk/client-s3');
    const { ddb, tableName } = await import('../../../lambdas/data/table');
    const { bucketName } = await import('../../../lambdas/data/bucket');
    const { s3 } = await import('../../../lambdas/data/clients');
    const { tinyImages } = await import('../../support/images');
    const owner = await anOwner();
    const agent = (await api.post('/api/agents', { name: 'Doomed' }, { token: owner.token })).body.data.agent;
    await api.patch(`/api/agents/${agent.id}`, { description: 'leaves a log line' }, { token: owner.token });
    expect((await api.post(`/api/agents/${agent.id}/avatar`, { avatar_base64: tinyImages.png }, { token: owner.token })).status).toBe(200);
    const leftovers = async () => {
      const items = await ddb.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'PK = :pk',
          ExpressionAttributeValues: { ':pk': `AGENT#${agent.id}` },
        }),
      );
      const objects = await s3().send(
        new ListObjectsV2Command({ Bucket: bucketName, Prefix: `ws/${agent.workspace_id}/agents/${agent.id}/` }),
      );
      return (items.Items?.length ?? 0) + (objects.Contents?.length ?? 0);
    };
    expect(await leftovers()).toBeGreaterThan(0);
    expect((await api.delete(`/api/agents/${agent.id}`, { token: owner.token })).status).toBe(200);
    const deadline = Date.now() + 10_000;
    while ((await leftovers()) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await leftovers()).toBe(0);
    expect(
      (await api.get('/api/agents?status=deleted', { token: owner.token })).body.data.agents.map((a: { id: string }) => a.id),
    ).toContain(agent.id);
  });

  it("deleting an agent removes its plugin-use items and takes it off each plugin's assigned count", async () => {
    const { GetCommand } = await import('@aws-sdk/lib-dynamodb');
    const { ddb, tableName } = await import('../../../lambdas/data/table');
    const { pluginEnablementKey, pluginUseKey } = await import('../../../lambdas/data/keys');
    const { aMinimalPlugin, enablePlugin } = await import('../../support/plugins');
    const owner = await anOwner();
    const agent = (await api.post('/api/agents', { name: 'Plugged' }, { token: owner.token })).body.data.agent;
    const plugin = await aMinimalPlugin(owner);
    await enablePlugin(owner, agent.workspace_id, plugin.id);
    expect((await api.put(`/api/agents/${agent.id}/plugins`, { plugin_ids: [plugin.id] }, { token: owner.token })).status).toBe(200);
    const read = async (key: { PK: string; SK: string }) =>
      (await ddb.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }))).Item;
    const use = pluginUseKey(agent.workspace_id, plugin.id, agent.id);
    expect(await read(use)).toBeDefined();
    expect((await read(pluginEnablementKey(agent.workspace_id, plugin.id)))?.assigned_agents).toBe(1);
    expect((await api.delete(`/api/agents/${agent.id}`, { token: owner.token })).status).toBe(200);
    const deadline = Date.now() + 10_000;
    while ((await read(use)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await read(use)).toBeUndefined();
    expect((await read(pluginEnablementKey(agent.workspace_id, plugin.id)))?.assigned_agents).toBe(0);
  });

  it("gives a deleted agent's file bytes and upload reservations back to the workspace's storage quota", async () => {
    const owner = await aUser('agent-owner');
    const ws = await aWorkspace(owner);
    await setTier(ws, 'team');
    const storage = async () => (await api.get(`/api/workspaces/${ws}/usage`, { token: owner.token })).body.data.usage.storage.used_bytes;
    const keeper = (await api.post('/api/agents', { name: 'Keeper' }, { token: owner.token })).body.data.agent;
    const doomed = (await api.post('/api/agents', { name: 'Hoarder' }, { token: owner.token })).body.data.agent;
    for (const agent of [keeper, doomed]) {
      const put = await request('PUT', `/api/agents/${agent.id}/files?path=notes.txt`, {
        token: owner.token,
        rawBody: 'x'.repeat(1000),
        headers: { 'Content-Type': 'text/plain' },
      });
      expect(put.status).toBe(200);
    }
    expect((await api.post(`/api/agents/${doomed.id}/files/uploads`, { path: 'big.bin', size: 5000 }, { token: owner.token })).status).toBe(
      200,
    );
    expect(await storage()).toBe(7000);
    await api.delete(`/api/agents/${doomed.id}`, { token: owner.token });
    const deadline = Date.now() + 10_000;
    while ((await storage()) !== 1000 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await storage()).toBe(1000);
  });
});
