import { api, request } from '../../support/api-client';
import { aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';

/** Inputs found to answer 500 before they were bounded: each now answers 400 INVALID_INPUT naming what was wrong. */

const cursorOf = (key: Record<string, string>) => Buffer.from(JSON.stringify(key)).toString('base64url');

let owner: TestUser;
let workspaceId: string;

beforeAll(async () => {
  owner = await aUser('hostile-inputs');
  workspaceId = await aWorkspace(owner);
  await setTier(workspaceId, 'enterprise');
});

describe('hostile query strings', () => {
  it('a tag filter of 151 values answers 400 naming tags, not a query DynamoDB refuses', async () => {
    const tags = Array.from({ length: 151 }, (_, i) => `t${i}`).join(',');
    const res = await api.get(`/api/agents?tags=${tags}`, { token: owner.token });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_INPUT');
    expect(res.body.error.details[0].field).toMatch(/^query\.tags/);
  });

  it('a tag filter with a value no tag can have answers 400', async () => {
    const res = await api.get('/api/agents?tags=ok,NOT%20A%20TAG', { token: owner.token });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].field).toMatch(/^query\.tags/);
  });

  // The list sorted by created_at reads GSI2; a cursor names its keys and the caller's own partition.
  const listCursor = (sortKey: string) =>
    cursorOf({ PK: `WS#${workspaceId}`, SK: 'AGENT#agent_x', GSI2PK: `WS#${workspaceId}#AGENTS`, GSI2SK: sortKey });

  it.each([
    ['an empty key value', ''],
    ['a key value over 1 KiB', 'C#'.padEnd(1100, 'A')],
  ])('a crafted cursor with %s answers 400 naming cursor', async (_name, sortKey) => {
    const res = await api.get(`/api/agents?cursor=${listCursor(sortKey)}`, { token: owner.token });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_INPUT');
    expect(res.body.error.details[0].field).toMatch(/cursor$/);
  });
});

describe('hostile headers', () => {
  it.each([
    ['2 KB long', `ws_${'A'.repeat(2048)}`],
    ['not a workspace id', 'ws_../../etc'],
  ])('an X-Workspace-ID %s answers 400 naming the header, for a token and for an API key', async (_name, value) => {
    const key = (await api.post(`/api/workspaces/${workspaceId}/api-keys`, { name: 'fuzz', scopes: ['read'] }, { token: owner.token })).body
      .data.api_key.secret;
    for (const caller of [{ token: owner.token }, { apiKey: key }]) {
      const res = await api.get('/api/agents', { ...caller, headers: { 'X-Workspace-ID': value } });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'INVALID_INPUT', details: [{ field: 'X-Workspace-ID' }] });
    }
  });

  it('headers over 16 KiB answer 400 in the envelope, with a request id', async () => {
    const res = await request('GET', '/api/health', { headers: { 'X-Padding': 'p'.repeat(20 * 1024) } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'INVALID_INPUT', details: [{ field: 'headers' }] });
  });
});
