import { api, request } from '../../support/api-client';
import { aUser, aWorkspace, anApiKey } from '../../support/fixtures';

/** Every workspace route, probed by a stranger and by another workspace's admin key: always 404, never 403. */
describe('tenancy of workspace routes', () => {
  let ws: string;
  let strangerToken: string;
  let foreignKey: string;

  beforeAll(async () => {
    const owner = await aUser('owner');
    ws = await aWorkspace(owner);
    const stranger = await aUser('stranger');
    strangerToken = stranger.token;
    foreignKey = (await anApiKey(stranger, await aWorkspace(stranger), ['read', 'write', 'admin'])).secret;
  });

  // Every row names its body (null for none): with fewer values jest would pass its `done` callback instead.
  const probes: [string, string, unknown][] = [
    ['GET', '/api/workspaces/{ws}', null],
    ['PATCH', '/api/workspaces/{ws}', { name: 'taken over' }],
    ['GET', '/api/workspaces/{ws}/members', null],
    ['POST', '/api/workspaces/{ws}/members', { email: 'x@example.com', role: 'owner' }],
    ['PATCH', '/api/workspaces/{ws}/members/x%40example.com', { role: 'owner' }],
    ['DELETE', '/api/workspaces/{ws}/members/x%40example.com', null],
    ['GET', '/api/workspaces/{ws}/api-keys', null],
    ['POST', '/api/workspaces/{ws}/api-keys', { name: 'k', scopes: ['admin'] }],
    ['DELETE', '/api/workspaces/{ws}/api-keys/key_01JAAAAAAAAAAAAAAAAAAAAAAA', null],
    ['GET', '/api/workspaces/{ws}/usage', null],
    ['GET', '/api/workspaces/{ws}/integrations', null],
    ['POST', '/api/workspaces/{ws}/integrations', { kind: 'llm', provider: 'local', name: 'x' }],
    ['GET', '/api/workspaces/{ws}/integrations/int_01JAAAAAAAAAAAAAAAAAAAAAAA', null],
    ['PATCH', '/api/workspaces/{ws}/integrations/int_01JAAAAAAAAAAAAAAAAAAAAAAA', { name: 'x' }],
    ['DELETE', '/api/workspaces/{ws}/integrations/int_01JAAAAAAAAAAAAAAAAAAAAAAA', null],
    ['GET', '/api/workspaces/{ws}/exam-sets', null],
    ['GET', '/api/workspaces/{ws}/exam-sets/intern', null],
    ['PUT', '/api/workspaces/{ws}/exam-sets/intern', { tasks: [{ task: 't', expect: { contains: ['x'] } }] }],
    ['DELETE', '/api/workspaces/{ws}/exam-sets/intern', null],
  ];

  it.each(probes)('%s %s answers 404 to a non-member and to another workspace’s key', async (method, path, body) => {
    const url = path.replace('{ws}', ws);
    for (const credentials of [{ token: strangerToken }, { apiKey: foreignKey }]) {
      const res = await request(method, url, { ...credentials, json: body ?? undefined });
      expect({ method, url, status: res.status, code: res.body.error?.code }).toEqual({
        method,
        url,
        status: 404,
        code: 'WORKSPACE_NOT_FOUND',
      });
    }
  });

  it('an unknown workspace id answers the same 404 as a foreign one', async () => {
    const res = await api.get('/api/workspaces/ws_01JAAAAAAAAAAAAAAAAAAAAAAA', { token: strangerToken });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('WORKSPACE_NOT_FOUND');
  });
});
