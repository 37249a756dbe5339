import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { webhookCountKey, webhookKey } from '../../../lambdas/data/keys';
import { ddb, tableName } from '../../../lambdas/data/table';
import { signingSecrets } from '../../../lambdas/data/webhook-secrets';
import { getWebhook } from '../../../lambdas/data/webhooks';
import { api } from '../../support/api-client';
import { aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';

/** /api/webhooks: an owner registers, reads, changes and removes endpoints; the secret is shown once. */

let owner: TestUser;
let workspaceId: string;

beforeAll(async () => {
  owner = await aUser('webhook-owner');
  workspaceId = await aWorkspace(owner);
  // More requests than the free tier's daily quota.
  await setTier(workspaceId, 'team');
});

const body = { url: 'https://hooks.example.com/platform', events: ['agent.created', 'agent.executed'], description: 'CRM sync' };

// Each on a host of its own: a workspace holds at most 3 endpoints per host.
let hosts = 0;
const anotherUrl = () => `https://hooks-${(hosts += 1)}.example.com/platform`;

const aWebhook = async (fields: Record<string, unknown> = {}) => {
  const res = await api.post('/api/webhooks', { ...body, url: anotherUrl(), ...fields }, { token: owner.token });
  expect(res.status).toBe(201);
  return res.body.data.webhook as { id: string; url: string; version: number; secret: string };
};

describe('webhook endpoints', () => {
  it('registers an endpoint, enabled, with a whsec_ secret in the answer only', async () => {
    const res = await api.post('/api/webhooks', body, { token: owner.token });
    expect(res.status).toBe(201);
    const { webhook } = res.body.data;
    expect(webhook).toMatchObject({
      id: expect.stringMatching(/^whk_/),
      workspace_id: workspaceId,
      ...body,
      enabled: true,
      disabled_reason: null,
      failing_since: null,
      version: 1,
    });
    expect(Buffer.from(webhook.secret.replace(/^whsec_/, ''), 'base64')).toHaveLength(32);
    expect(res.headers.get('location')).toBe(`/api/webhooks/${webhook.id}`);

    const read = await api.get(`/api/webhooks/${webhook.id}`, { token: owner.token });
    const { secret: _shownOnce, ...view } = webhook;
    expect(read.body.data.webhook).toEqual(view);
    expect(read.headers.get('etag')).toBe('"1"');
    const list = await api.get('/api/webhooks?limit=100', { token: owner.token });
    expect(JSON.stringify([read.body, list.body])).not.toContain(webhook.secret);
    expect(JSON.stringify([read.body, list.body])).not.toMatch(/"secrets?"/);
  });

  it('stores the secret sealed, never as it was shown', async () => {
    const webhook = await aWebhook();
    const stored = await getWebhook(workspaceId, webhook.id);
    expect(JSON.stringify(stored)).not.toContain(webhook.secret.replace(/^whsec_/, ''));
    expect(await signingSecrets(stored!, new Date())).toEqual([webhook.secret]);
  });

  it('answers a replay of the create with the same Idempotency-Key with 409 SECRET_SHOWN_ONCE, creating nothing more', async () => {
    const headers = { 'Idempotency-Key': `whk-${Date.now()}` };
    const first = await api.post('/api/webhooks', body, { token: owner.token, headers });
    expect(first.status).toBe(201);
    const before = (await api.get('/api/webhooks?limit=100', { token: owner.token })).body.data.pagination.total;
    const replay = await api.post('/api/webhooks', body, { token: owner.token, headers });
    expect({ status: replay.status, code: replay.body.error.code }).toEqual({ status: 409, code: 'SECRET_SHOWN_ONCE' });
    expect(JSON.stringify(replay.body)).not.toContain(first.body.data.webhook.secret);
    expect((await api.get('/api/webhooks?limit=100', { token: owner.token })).body.data.pagination.total).toBe(before);
  });

  it('lists the endpoints oldest first, with pagination', async () => {
    const user = await aUser();
    await aWorkspace(user);
    for (const description of ['one', 'two', 'three']) await api.post('/api/webhooks', { ...body, description }, { token: user.token });
    const first = await api.get('/api/webhooks?limit=2', { token: user.token });
    expect(first.body.data.webhooks.map((w: { description: string }) => w.description)).toEqual(['one', 'two']);
    expect(first.body.data.pagination).toMatchObject({ total: 3, pages: 2, next_cursor: expect.any(String) });
    const second = await api.get(`/api/webhooks?limit=2&cursor=${first.body.data.pagination.next_cursor}`, { token: user.token });
    expect(second.body.data.webhooks.map((w: { description: string }) => w.description)).toEqual(['three']);
  });

  it('subscribes to every event with ["*"] and can be created disabled', async () => {
    const webhook = await aWebhook({ events: ['*'], enabled: false, description: undefined });
    expect(webhook).toMatchObject({ events: ['*'], enabled: false, description: null });
  });

  it('changes the fields a PATCH names, clears description with null, and refuses a stale If-Match with 412', async () => {
    const webhook = await aWebhook();
    const res = await api.patch(
      `/api/webhooks/${webhook.id}`,
      { events: ['agent.deleted'], description: null },
      { token: owner.token, headers: { 'If-Match': '"1"' } },
    );
    expect(res.status).toBe(200);
    expect(res.body.data.webhook).toMatchObject({ url: webhook.url, events: ['agent.deleted'], description: null, version: 2 });
    expect(res.headers.get('etag')).toBe('"2"');
    const stale = await api.patch(
      `/api/webhooks/${webhook.id}`,
      { enabled: false },
      { token: owner.token, headers: { 'If-Match': '"1"' } },
    );
    expect({ status: stale.status, code: stale.body.error.code }).toEqual({ status: 412, code: 'VERSION_CONFLICT' });
  });

  it('re-enables an endpoint the platform disabled, clearing disabled_reason and failing_since', async () => {
    const webhook = await aWebhook();
    await ddb.send(
      new UpdateCommand({
        TableName: tableName,
        Key: webhookKey(workspaceId, webhook.id),
        UpdateExpression: 'SET enabled = :off, disabled_reason = :gone, failing_since = :since',
        ExpressionAttributeValues: { ':off': false, ':gone': 'gone', ':since': '2026-01-01T00:00:00.000Z' },
      }),
    );
    expect((await api.get(`/api/webhooks/${webhook.id}`, { token: owner.token })).body.data.webhook).toMatchObject({
      enabled: false,
      disabled_reason: 'gone',
    });
    const res = await api.patch(`/api/webhooks/${webhook.id}`, { enabled: true }, { token: owner.token });
    expect(res.body.data.webhook).toMatchObject({ enabled: true, disabled_reason: null, failing_since: null });
  });

  it.each([['id'], ['secret'], ['secrets'], ['disabled_reason'], ['workspace_id']])(
    'refuses a PATCH naming %s with 400 IMMUTABLE_FIELD',
    async (field) => {
      const webhook = await aWebhook();
      const res = await api.patch(`/api/webhooks/${webhook.id}`, { [field]: 'x' }, { token: owner.token });
      expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 400, code: 'IMMUTABLE_FIELD' });
    },
  );

  it('deletes an endpoint; it is gone afterwards and its place under the limit is free', async () => {
    const user = await aUser();
    const ws = await aWorkspace(user);
    const counted = async () =>
      (await ddb.send(new GetCommand({ TableName: tableName, Key: webhookCountKey(ws), ConsistentRead: true }))).Item?.webhooks;
    const webhook = (await api.post('/api/webhooks', body, { token: user.token })).body.data.webhook;
    expect(await counted()).toBe(1);
    const res = await api.delete(`/api/webhooks/${webhook.id}`, { token: user.token });
    expect(res.body.data).toEqual({ deleted: true, webhook_id: webhook.id });
    expect((await api.get(`/api/webhooks/${webhook.id}`, { token: user.token })).body.error.code).toBe('WEBHOOK_NOT_FOUND');
    expect((await api.delete(`/api/webhooks/${webhook.id}`, { token: user.token })).status).toBe(404);
    expect((await api.get('/api/webhooks', { token: user.token })).body.data.pagination.total).toBe(0);
    expect(await counted()).toBe(0);
  });
});

describe('what an endpoint may aim at', () => {
  it.each([22, 25, 1023])('refuses a URL on port %s with 400 INVALID_INPUT naming the ports allowed', async (port) => {
    const res = await api.post('/api/webhooks', { ...body, url: `https://hooks.example.com:${port}/in` }, { token: owner.token });
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 400, code: 'INVALID_INPUT' });
    expect(JSON.stringify(res.body.error)).toContain(`port ${port} is refused: webhooks are sent to port 443, 80 or 1024–65535`);
  });

  it('accepts port 443, 80 and 1024 and above', async () => {
    const user = await aUser();
    await aWorkspace(user);
    for (const port of [443, 80, 8443]) {
      expect(
        (await api.post('/api/webhooks', { ...body, url: `https://hooks.example.com:${port}/in` }, { token: user.token })).status,
      ).toBe(201);
    }
  });

  it('holds a workspace at 3 endpoints per host, whatever their ports (422 WEBHOOK_HOST_LIMIT), creating nothing more', async () => {
    const user = await aUser();
    await aWorkspace(user);
    for (const url of ['https://crm.example.com/a', 'https://crm.example.com:8443/b', 'https://CRM.example.com/c']) {
      expect((await api.post('/api/webhooks', { ...body, url }, { token: user.token })).status).toBe(201);
    }
    const over = await api.post('/api/webhooks', { ...body, url: 'https://crm.example.com:9000/d' }, { token: user.token });
    expect({ status: over.status, code: over.body.error.code }).toEqual({ status: 422, code: 'WEBHOOK_HOST_LIMIT' });
    expect(over.body.error.message).toMatch(/already has 3 webhook endpoints on crm\.example\.com/);
    expect(over.body.error.details).toEqual([expect.objectContaining({ field: 'url', host: 'crm.example.com', allowed: 3 })]);
    expect((await api.get('/api/webhooks', { token: user.token })).body.data.pagination.total).toBe(3);
    // Another host is another count; another workspace has its own.
    expect((await api.post('/api/webhooks', { ...body, url: 'https://erp.example.com/a' }, { token: user.token })).status).toBe(201);
    expect((await api.post('/api/webhooks', { ...body, url: 'https://crm.example.com/a' }, { token: owner.token })).status).toBe(201);
  });

  it('refuses moving an endpoint onto a full host, and frees a host’s place when an endpoint moves off it or is deleted', async () => {
    const user = await aUser();
    const ws = await aWorkspace(user);
    const ids: string[] = [];
    for (const path of ['a', 'b', 'c'])
      ids.push(
        (await api.post('/api/webhooks', { ...body, url: `https://crm.example.com/${path}` }, { token: user.token })).body.data.webhook.id,
      );
    const elsewhere = (await api.post('/api/webhooks', { ...body, url: 'https://erp.example.com/a' }, { token: user.token })).body.data
      .webhook;
    const move = await api.patch(`/api/webhooks/${elsewhere.id}`, { url: 'https://crm.example.com/d' }, { token: user.token });
    expect({ status: move.status, code: move.body.error.code }).toEqual({ status: 422, code: 'WEBHOOK_HOST_LIMIT' });
    expect((await api.get(`/api/webhooks/${elsewhere.id}`, { token: user.token })).body.data.webhook).toMatchObject({
      url: 'https://erp.example.com/a',
      version: 1,
    });

    const off = await api.patch(`/api/webhooks/${ids[0]}`, { url: 'https://erp.example.com/b' }, { token: user.token });
    expect(off.body.data.webhook).toMatchObject({ url: 'https://erp.example.com/b', version: 2 });
    expect((await api.patch(`/api/webhooks/${elsewhere.id}`, { url: 'https://crm.example.com/d' }, { token: user.token })).status).toBe(
      200,
    );
    await api.delete(`/api/webhooks/${ids[1]}`, { token: user.token });
    expect((await api.post('/api/webhooks', { ...body, url: 'https://crm.example.com/e' }, { token: user.token })).status).toBe(201);
    const counts = (await ddb.send(new GetCommand({ TableName: tableName, Key: webhookCountKey(ws), ConsistentRead: true }))).Item;
    expect(counts).toMatchObject({ webhooks: 4, 'host:crm.example.com': 3, 'host:erp.example.com': 1 });
  });
});

describe('rotating the secret', () => {
  it('shows a new secret once; the old one keeps signing for 24 h, the new one first', async () => {
    const webhook = await aWebhook();
    const before = Date.now();
    const res = await api.post(`/api/webhooks/${webhook.id}/rotate-secret`, undefined, { token: owner.token });
    expect(res.status).toBe(200);
    const { secret } = res.body.data.webhook;
    expect(secret).toMatch(/^whsec_/);
    expect(secret).not.toBe(webhook.secret);
    const expires = Date.parse(res.body.data.previous_secret_expires_at);
    expect(expires - before).toBeGreaterThanOrEqual(24 * 3600_000);
    expect(expires - Date.now()).toBeLessThanOrEqual(24 * 3600_000);

    const stored = await getWebhook(workspaceId, webhook.id);
    expect(await signingSecrets(stored!, new Date())).toEqual([secret, webhook.secret]);
    expect(await signingSecrets(stored!, new Date(expires + 1))).toEqual([secret]);
    expect(JSON.stringify((await api.get(`/api/webhooks/${webhook.id}`, { token: owner.token })).body)).not.toContain(secret);
  });

  it('a second rotation drops the secret rotated out first: at most two sign', async () => {
    const webhook = await aWebhook();
    await api.post(`/api/webhooks/${webhook.id}/rotate-secret`, undefined, { token: owner.token });
    const second = await api.post(`/api/webhooks/${webhook.id}/rotate-secret`, undefined, { token: owner.token });
    const stored = await getWebhook(workspaceId, webhook.id);
    const signing = await signingSecrets(stored!, new Date());
    expect(signing).toHaveLength(2);
    expect(signing[0]).toBe(second.body.data.webhook.secret);
    expect(signing).not.toContain(webhook.secret);
  });

  it('answers a replayed rotation with 409 SECRET_SHOWN_ONCE and rotates only once', async () => {
    const webhook = await aWebhook();
    const headers = { 'Idempotency-Key': `rot-${Date.now()}` };
    const first = await api.post(`/api/webhooks/${webhook.id}/rotate-secret`, undefined, { token: owner.token, headers });
    const replay = await api.post(`/api/webhooks/${webhook.id}/rotate-secret`, undefined, { token: owner.token, headers });
    expect({ status: replay.status, code: replay.body.error.code }).toEqual({ status: 409, code: 'SECRET_SHOWN_ONCE' });
    const stored = await getWebhook(workspaceId, webhook.id);
    expect((await signingSecrets(stored!, new Date()))[0]).toBe(first.body.data.webhook.secret);
  });
});
