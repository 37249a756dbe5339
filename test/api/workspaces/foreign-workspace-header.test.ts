import { api } from '../../support/api-client';
import { aUser, aWorkspace, type TestUser } from '../../support/fixtures';

/**
 * An `X-Workspace-ID` naming a workspace the caller is not in answers exactly as one naming a workspace that
 * does not exist: 404 with the same body, nothing from the caller's own workspace, nothing written.
 */

const NEVER_CREATED = 'ws_01ARZ3NDEKTSV4RRFFQ69G5FAV';

describe('X-Workspace-ID naming a workspace the caller is not a member of', () => {
  let intruder: TestUser;
  let victim: TestUser;
  let victimWorkspace: string;

  beforeAll(async () => {
    [intruder, victim] = await Promise.all([aUser('intruder'), aUser('victim')]);
    await aWorkspace(intruder, 'Intruder own');
    victimWorkspace = await aWorkspace(victim, 'Victim');
    await api.post('/api/agents', { name: 'Victim secret agent' }, { token: victim.token });
  });

  /** The answer with the workspace id it names replaced, so two answers can be compared whole. */
  const asSent = async (method: 'get' | 'post', path: string, workspace: string) => {
    const headers = { 'X-Workspace-ID': workspace };
    const res =
      method === 'get'
        ? await api.get(path, { token: intruder.token, headers })
        : await api.post(path, { name: 'Planted' }, { token: intruder.token, headers });
    return {
      status: res.status,
      error: JSON.parse(JSON.stringify(res.body.error ?? null).replaceAll(workspace, '<ws>')),
      data: res.body.data,
    };
  };

  it.each([
    ['get', '/api/agents'],
    ['get', '/api/personas'],
    ['get', '/api/agents/context-stats'],
    ['post', '/api/agents'],
  ] as const)('%s %s answers 404 with the same body as a workspace that does not exist', async (method, path) => {
    const foreign = await asSent(method, path, victimWorkspace);
    const missing = await asSent(method, path, NEVER_CREATED);
    expect(foreign.status).toBe(404);
    expect(foreign.error).toMatchObject({ code: 'WORKSPACE_NOT_FOUND' });
    expect(foreign).toEqual(missing);
  });

  it("never falls back to the caller's own workspace, and writes nothing to either", async () => {
    const listed = await api.get('/api/agents', { token: intruder.token, headers: { 'X-Workspace-ID': victimWorkspace } });
    expect(JSON.stringify(listed.body)).not.toMatch(/Victim secret agent|default/);
    const own = (await api.get('/api/agents', { token: intruder.token })).body.data.agents.map((a: { slug: string }) => a.slug);
    const victims = (await api.get('/api/agents', { token: victim.token })).body.data.agents.map((a: { slug: string }) => a.slug);
    expect(own).not.toContain('planted');
    expect(victims).not.toContain('planted');
  });
});
