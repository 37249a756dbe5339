import { api } from '../../support/api-client';
import { aUser, aWorkspace } from '../../support/fixtures';

describe('authentication on protected routes', () => {
  it.each([
    ['no credentials', {}],
    ['a malformed bearer token', { token: 'not-a-jwt' }],
    ['an unknown API key', { apiKey: 'ap_live_unknownunknownunknownunknownunknown00' }],
  ])('%s answers 401 UNAUTHORIZED in the envelope', async (_, credentials) => {
    const res = await api.get('/api/workspaces', credentials);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHORIZED');
  });

  it('without X-Workspace-ID a caller works in their earliest workspace', async () => {
    const alice = await aUser();
    const first = await aWorkspace(alice, 'first');
    await aWorkspace(alice, 'second');
    const res = await api.get(`/api/workspaces/${first}/usage`, { token: alice.token });
    expect(res.body.data.usage.requests.today).toBeGreaterThan(0);
  });
});
