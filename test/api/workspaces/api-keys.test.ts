import { api } from '../../support/api-client';
import { aMember, aUser, aWorkspace, anApiKey } from '../../support/fixtures';

describe('API keys', () => {
  it('create → use → revoke → 401 on the very next request; the secret is shown once', async () => {
    const owner = await aUser();
    const ws = await aWorkspace(owner);
    const created = await api.post(
      `/api/workspaces/${ws}/api-keys`,
      { name: 'deploy bot', scopes: ['read', 'write'] },
      { token: owner.token },
    );
    expect(created.status).toBe(201);
    const { id, secret, prefix } = created.body.data.api_key;
    expect(secret).toMatch(/^ap_live_[0-9A-Za-z]{40}$/);
    expect(secret.startsWith(prefix)).toBe(true);

    const used = await api.get(`/api/workspaces/${ws}`, { apiKey: secret });
    expect(used.status).toBe(200);
    const listed = await api.get(`/api/workspaces/${ws}/api-keys`, { token: owner.token });
    expect(listed.body.data.api_keys).toEqual([
      expect.objectContaining({ id, name: 'deploy bot', scopes: ['read', 'write'], last_used_at: expect.any(String) }),
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(secret);

    expect((await api.delete(`/api/workspaces/${ws}/api-keys/${id}`, { token: owner.token })).body.data).toEqual({
      deleted: true,
      api_key_id: id,
    });
    const revoked = await api.get(`/api/workspaces/${ws}`, { apiKey: secret });
    expect(revoked.status).toBe(401);
    expect(revoked.body.error.code).toBe('UNAUTHORIZED');
  });

  it('a read-scoped key cannot mutate (403 naming the missing scope)', async () => {
    const owner = await aUser();
    const ws = await aWorkspace(owner);
    const { secret } = await anApiKey(owner, ws, ['read']);
    const res = await api.patch(`/api/workspaces/${ws}`, { name: 'x' }, { apiKey: secret });
    expect(res.status).toBe(403);
    expect(res.body.error.details[0].missing).toEqual(['admin']);
    expect((await api.get(`/api/workspaces/${ws}/usage`, { apiKey: secret })).status).toBe(200);
  });

  it('a key sent with another workspace’s X-Workspace-ID answers 403', async () => {
    const owner = await aUser();
    const ws = await aWorkspace(owner);
    const other = await aWorkspace(owner);
    const { secret } = await anApiKey(owner, ws, ['read']);
    const res = await api.get(`/api/workspaces/${ws}`, { apiKey: secret, headers: { 'X-Workspace-ID': other } });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
  });

  it('a key cannot create workspaces, and members cannot manage keys', async () => {
    const owner = await aUser();
    const ws = await aWorkspace(owner);
    const { secret } = await anApiKey(owner, ws, ['read', 'write', 'admin']);
    expect((await api.post('/api/workspaces', { name: 'x' }, { apiKey: secret })).status).toBe(403);
    const member = await aMember(owner, ws, 'member');
    expect((await api.post(`/api/workspaces/${ws}/api-keys`, { name: 'k', scopes: ['read'] }, { token: member.token })).status).toBe(403);
  });

  it("a member replaying an admin's Idempotency-Key does not get the API key secret", async () => {
    const owner = await aUser();
    const ws = await aWorkspace(owner);
    const admin = await aMember(owner, ws, 'admin');
    const member = await aMember(owner, ws, 'member');
    const body = { name: 'ci', scopes: ['read'] };
    const headers = { 'Idempotency-Key': `key-create-${Date.now()}`, 'X-Workspace-ID': ws };
    const created = await api.post(`/api/workspaces/${ws}/api-keys`, body, { token: admin.token, headers });
    expect(created.status).toBe(201);
    const { secret } = created.body.data.api_key;

    const stolen = await api.post(`/api/workspaces/${ws}/api-keys`, body, { token: member.token, headers });
    expect(stolen.status).toBe(403);
    expect(JSON.stringify(stolen.body)).not.toContain(secret);

    // Not even the admin gets the secret again: it was shown once and never stored.
    const replayed = await api.post(`/api/workspaces/${ws}/api-keys`, body, { token: admin.token, headers });
    expect(replayed.status).toBe(409);
    expect(replayed.body.error.code).toBe('SECRET_SHOWN_ONCE');
    expect(JSON.stringify(replayed.body)).not.toContain(secret);
    expect((await api.get(`/api/workspaces/${ws}/api-keys`, { token: owner.token })).body.data.api_keys).toHaveLength(1);
  });

  it('an unknown scope answers 400', async () => {
    const owner = await aUser();
    const ws = await aWorkspace(owner);
    const res = await api.post(`/api/workspaces/${ws}/api-keys`, { name: 'k', scopes: ['root'] }, { token: owner.token });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].field).toBe('scopes.0');
  });
});
