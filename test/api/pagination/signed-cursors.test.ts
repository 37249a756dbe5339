import { api } from '../../support/api-client';
import { aUser, aWorkspace, type TestUser } from '../../support/fixtures';

/** Attacks on `next_cursor`: every one answers 400 INVALID_INPUT naming `cursor`, before anything is read. */

const refusedCursor = (res: { status: number; body: { error?: { code: string; details?: unknown } } }) => {
  expect(res.status).toBe(400);
  expect(res.body.error).toMatchObject({ code: 'INVALID_INPUT', details: [{ field: 'cursor', issue: 'invalid' }] });
};

const anOwnerWithAgents = async (names: string[]): Promise<TestUser & { agentId: string }> => {
  const owner = await aUser('cursors');
  await aWorkspace(owner);
  let agentId = '';
  for (const name of names) agentId = (await api.post('/api/agents', { name }, { token: owner.token })).body.data.agent.id;
  return { ...owner, agentId };
};

const firstCursor = async (token: string, path: string): Promise<string> => {
  const { next_cursor } = (await api.get(path, { token })).body.data.pagination;
  expect(next_cursor).toEqual(expect.any(String));
  return next_cursor as string;
};

describe('signed cursors', () => {
  let alice: TestUser & { agentId: string };
  let bob: TestUser & { agentId: string };

  beforeAll(async () => {
    [alice, bob] = await Promise.all([anOwnerWithAgents(['Apple', 'Banana']), anOwnerWithAgents(['Cherry'])]);
  });

  it('page through a whole list end to end, every item exactly once', async () => {
    const seen: string[] = [];
    let cursor = '';
    do {
      const res = await api.get(`/api/agents?sort=name&order=asc&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, {
        token: alice.token,
      });
      expect(res.status).toBe(200);
      seen.push(...res.body.data.agents.map((a: { slug: string }) => a.slug));
      cursor = res.body.data.pagination.next_cursor ?? '';
    } while (cursor);
    expect(seen).toEqual(['apple', 'banana', 'default']);
  });

  it('a cursor whose content was altered answers 400', async () => {
    const cursor = await firstCursor(alice.token, '/api/agents?sort=name&order=asc&limit=1');
    const [payload, signature] = cursor.split('.') as [string, string];
    const content = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, string>;
    const skipped = Buffer.from(JSON.stringify({ ...content, GSI1SK: 'NAME#c' })).toString('base64url');
    refusedCursor(await api.get(`/api/agents?sort=name&order=asc&limit=1&cursor=${skipped}.${signature}`, { token: alice.token }));
  });

  it('a cursor forged in the unsigned format, naming a real key of the list, answers 400', async () => {
    const cursor = await firstCursor(alice.token, '/api/agents?sort=name&order=asc&limit=1');
    const unsigned = cursor.split('.')[0] as string;
    refusedCursor(await api.get(`/api/agents?sort=name&order=asc&limit=1&cursor=${unsigned}`, { token: alice.token }));
  });

  it("a cursor from workspace A used in workspace B answers 400 and shows none of B's agents", async () => {
    const cursor = await firstCursor(alice.token, '/api/agents?sort=name&order=asc&limit=1');
    const res = await api.get(`/api/agents?sort=name&order=asc&limit=1&cursor=${encodeURIComponent(cursor)}`, { token: bob.token });
    refusedCursor(res);
    expect(JSON.stringify(res.body)).not.toContain('cherry');
  });

  it("a cursor of the agents list used on an agent's executions answers 400", async () => {
    const cursor = await firstCursor(alice.token, '/api/agents?sort=name&order=asc&limit=1');
    refusedCursor(await api.get(`/api/agents/${alice.agentId}/executions?cursor=${encodeURIComponent(cursor)}`, { token: alice.token }));
  });

  it('a cursor of one sort of the agents list used with another sort answers 400', async () => {
    const cursor = await firstCursor(alice.token, '/api/agents?sort=created_at&order=desc&limit=1');
    refusedCursor(
      await api.get(`/api/agents?sort=created_at&order=asc&limit=1&cursor=${encodeURIComponent(cursor)}`, { token: alice.token }),
    );
  });
});
