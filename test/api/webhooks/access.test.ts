import { MAX_WEBHOOKS_PER_WORKSPACE } from '../../../lambdas/domain/webhooks/model';
import { request } from '../../support/api-client';
import { aMember, aUser, aWorkspace, anApiKey, setTier, type TestUser } from '../../support/fixtures';

/** Who may manage a workspace's webhooks: its owners and admins, keys with the admin scope; nobody else's. */

let owner: TestUser;
let workspaceId: string;
let webhookId: string;
const body = { url: 'https://hooks.example.com/in', events: ['agent.executed'] };

beforeAll(async () => {
  owner = await aUser('webhook-access-owner');
  workspaceId = await aWorkspace(owner);
  await setTier(workspaceId, 'team');
  webhookId = (await request('POST', '/api/webhooks', { token: owner.token, json: body })).body.data.webhook.id;
});

const every = (id: string): [string, string, unknown][] => [
  ['GET', '/api/webhooks', undefined],
  ['POST', '/api/webhooks', body],
  ['GET', `/api/webhooks/${id}`, undefined],
  ['PATCH', `/api/webhooks/${id}`, { enabled: false }],
  ['POST', `/api/webhooks/${id}/rotate-secret`, undefined],
  ['DELETE', `/api/webhooks/${id}`, undefined],
];

describe('roles and scopes', () => {
  it('refuses every webhook route to a member with 403, and never shows them a secret', async () => {
    const member = await aMember(owner, workspaceId, 'member');
    for (const [method, path, json] of every(webhookId)) {
      const res = await request(method, path, { token: member.token, headers: { 'X-Workspace-ID': workspaceId }, json });
      expect({ route: `${method} ${path}`, status: res.status, code: res.body.error?.code }).toEqual({
        route: `${method} ${path}`,
        status: 403,
        code: 'FORBIDDEN',
      });
    }
  });

  it('refuses an API key without the admin scope with 403 on every webhook route', async () => {
    const key = await anApiKey(owner, workspaceId, ['read', 'write', 'execute']);
    for (const [method, path, json] of every(webhookId)) {
      const res = await request(method, path, { apiKey: key.secret, json });
      expect({ route: `${method} ${path}`, status: res.status }).toEqual({ route: `${method} ${path}`, status: 403 });
    }
  });

  it('lets a workspace admin and an API key with the admin scope manage webhooks', async () => {
    const admin = await aMember(owner, workspaceId, 'admin');
    const byAdmin = await request('POST', '/api/webhooks', { token: admin.token, headers: { 'X-Workspace-ID': workspaceId }, json: body });
    expect(byAdmin.status).toBe(201);
    const key = await anApiKey(owner, workspaceId, ['admin']);
    const byKey = await request('PATCH', `/api/webhooks/${byAdmin.body.data.webhook.id}`, {
      apiKey: key.secret,
      json: { description: 'by key' },
    });
    expect(byKey.body.data.webhook).toMatchObject({ workspace_id: workspaceId, description: 'by key' });
  });
});

describe('tenancy', () => {
  let stranger: { token: string; apiKey: string };

  beforeAll(async () => {
    const user = await aUser('webhook-stranger');
    const ws = await aWorkspace(user);
    stranger = { token: user.token, apiKey: (await anApiKey(user, ws, ['read', 'write', 'admin'])).secret };
  });

  it.each(every('{webhook}').filter(([, path]) => path.includes('{webhook}')))(
    '%s %s answers 404 WEBHOOK_NOT_FOUND for an endpoint of another workspace, to its owner and to its admin key',
    async (method, path, json) => {
      for (const credentials of [{ token: stranger.token }, { apiKey: stranger.apiKey }]) {
        const res = await request(method, path.replace('{webhook}', webhookId), { ...credentials, json });
        expect({ status: res.status, code: res.body.error?.code }).toEqual({ status: 404, code: 'WEBHOOK_NOT_FOUND' });
      }
    },
  );

  it('never lists another workspace endpoint, and the foreign calls changed nothing', async () => {
    for (const credentials of [{ token: stranger.token }, { apiKey: stranger.apiKey }]) {
      const list = await request('GET', '/api/webhooks?limit=100', credentials);
      expect(list.body.data.webhooks.map((w: { id: string }) => w.id)).not.toContain(webhookId);
    }
    const mine = await request('GET', `/api/webhooks/${webhookId}`, { token: owner.token });
    expect(mine.body.data.webhook).toMatchObject({ enabled: true, version: 1 });
  });

  it('answers 404 to an owner who names another workspace with X-Workspace-ID', async () => {
    const res = await request('GET', `/api/webhooks/${webhookId}`, {
      token: (await aUser()).token,
      headers: { 'X-Workspace-ID': workspaceId },
    });
    expect(res.status).toBe(404);
  });
});

describe('the limit', () => {
  it(`holds a workspace at ${MAX_WEBHOOKS_PER_WORKSPACE} endpoints (403 QUOTA_EXCEEDED), and frees a place on delete`, async () => {
    const user = await aUser('webhook-limit');
    const ws = await aWorkspace(user);
    await setTier(ws, 'team');
    const ids: string[] = [];
    for (let i = 0; i < MAX_WEBHOOKS_PER_WORKSPACE; i += 1) {
      // A host each: at most 3 endpoints of a workspace share one.
      const res = await request('POST', '/api/webhooks', {
        token: user.token,
        json: { ...body, url: `https://hooks-${i}.example.com/in` },
      });
      expect(res.status).toBe(201);
      ids.push(res.body.data.webhook.id);
    }
    const over = await request('POST', '/api/webhooks', { token: user.token, json: { ...body, url: 'https://one-more.example.com/in' } });
    expect({ status: over.status, code: over.body.error.code }).toEqual({ status: 403, code: 'QUOTA_EXCEEDED' });
    expect(over.body.error.details).toEqual([expect.objectContaining({ field: 'webhooks', allowed: MAX_WEBHOOKS_PER_WORKSPACE })]);
    expect((await request('GET', '/api/webhooks', { token: user.token })).body.data.pagination.total).toBe(MAX_WEBHOOKS_PER_WORKSPACE);

    await request('DELETE', `/api/webhooks/${ids[0]}`, { token: user.token });
    expect(
      (await request('POST', '/api/webhooks', { token: user.token, json: { ...body, url: 'https://one-more.example.com/in' } })).status,
    ).toBe(201);
  });
});
