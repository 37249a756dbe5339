import { api } from '../../support/api-client';
import { awsCallsOf, commandsOf, sequentialRoundTrips } from '../../support/aws-calls';
import { anApiKey, aUser, aWorkspace, setTier } from '../../support/fixtures';

/**
 * What a request costs in AWS calls, counted by the local runtime (`--count-calls`): a count, not a
 * time, so a budget that holds here holds deployed. DESIGN.md §7: a read route makes at most three
 * DynamoDB calls in at most two sequential round trips after the authorizer; a write, one
 * transaction and at most one read.
 */

const setUp = async () => {
  const owner = await aUser('budget');
  const ws = await aWorkspace(owner);
  const as = { token: owner.token, headers: { 'X-Workspace-ID': ws } };
  const created = await api.post('/api/agents', { name: `Budget ${Date.now()}` }, as);
  expect(created.status).toBe(201);
  return { as, created };
};

const split = async (response: Parameters<typeof awsCallsOf>[0]) => {
  const { calls } = await awsCallsOf(response);
  return { authorizer: calls.filter((c) => c.function === 'authorizer'), handler: calls.filter((c) => c.function !== 'authorizer') };
};

describe('what a request costs in AWS calls', () => {
  it('the authorizer reads the caller twice and counts the request once, two round trips', async () => {
    const { created } = await setUp();
    const { authorizer } = await split(created);
    expect(commandsOf(authorizer, 'DynamoDB').sort()).toEqual(['GetItem', 'GetItem', 'UpdateItem']);
    expect(sequentialRoundTrips(authorizer)).toBe(2);
  });

  it(
    'for an API key, the authorizer reads the key, then the workspace beside the counter, ' +
      'and stamps the key at most once a minute, in two round trips',
    async () => {
      const owner = await aUser('budget-key');
      const key = await anApiKey(owner, await aWorkspace(owner), ['read']);
      const first = await split(await api.get('/api/agents', { apiKey: key.secret }));
      const second = await split(await api.get('/api/agents', { apiKey: key.secret }));
      expect({
        first: commandsOf(first.authorizer, 'DynamoDB').sort(),
        firstTrips: sequentialRoundTrips(first.authorizer),
        second: commandsOf(second.authorizer, 'DynamoDB').sort(),
        secondTrips: sequentialRoundTrips(second.authorizer),
      }).toEqual({
        first: ['GetItem', 'GetItem', 'UpdateItem', 'UpdateItem'],
        firstTrips: 2,
        second: ['GetItem', 'GetItem', 'UpdateItem'],
        secondTrips: 2,
      });
    },
  );

  it(
    'reading an agent is a GetItem and one BatchGetItem (statistics, plugins, schedule count) ' +
      'in two round trips after the authorizer, and nothing else',
    async () => {
      const { as, created } = await setUp();
      const read = await api.get(`/api/agents/${created.body.data.agent.id}`, as);
      expect(read.status).toBe(200);
      const { handler } = await split(read);
      expect(handler.map((c) => `${c.service}:${c.command}`)).toEqual(['DynamoDB:GetItem', 'DynamoDB:BatchGetItem']);
      expect(handler.length).toBeLessThanOrEqual(3);
      expect(sequentialRoundTrips(handler)).toBeLessThanOrEqual(2);
      expect(handler.every((c) => c.function === 'agents-get' && typeof c.capacity === 'number')).toBe(true);
    },
  );

  it('creating an agent is one read and one transaction (its event and log line included), no bus call', async () => {
    const { created } = await setUp();
    const { handler } = await split(created);
    expect(handler.map((c) => `${c.service}:${c.command}`)).toEqual(['DynamoDB:GetItem', 'DynamoDB:TransactWriteItems']);
    expect(handler.find((c) => c.command === 'TransactWriteItems')?.capacity).toBeGreaterThan(0);
    expect(handler.some((c) => c.service === 'EventBridge' || c.command === 'Scan')).toBe(false);
  });

  it('a refused write is counted too: an agent created under a taken name shows its cancelled transaction', async () => {
    const { as, created } = await setUp();
    const taken = await api.post('/api/agents', { name: created.body.data.agent.name }, as);
    expect(taken.status).toBe(409);
    const { handler } = await split(taken);
    expect(handler.map((c) => `${c.service}:${c.command}:${c.failed ? 'refused' : 'done'}`)).toEqual([
      'DynamoDB:GetItem:done',
      'DynamoDB:TransactWriteItems:refused',
    ]);
  });
});

describe('what a filtered agent list costs in AWS calls', () => {
  const listCalls = async (as: { token: string; headers: Record<string, string> }, path: string) => {
    const res = await api.get(path, as);
    expect(res.status).toBe(200);
    const { handler } = await split(res);
    return { res, dynamo: handler.filter((c) => c.service === 'DynamoDB').map((c) => c.command) };
  };

  it('is the same number of calls with 5 agents and with 60, where 3 match, first page and cursor page alike', async () => {
    const owner = await aUser('budget-list');
    const ws = await aWorkspace(owner);
    const as = { token: owner.token, headers: { 'X-Workspace-ID': ws } };
    await setTier(ws, 'team');
    const add = async (from: number, to: number) => {
      for (let i = from; i < to; i += 1) {
        const res = await api.post(
          '/api/agents',
          { name: `Listed ${String(i).padStart(3, '0')}`, tags: i < 3 ? ['rare'] : ['common'] },
          as,
        );
        expect(res.status).toBe(201);
      }
    };
    const measure = async () => {
      const first = await listCalls(as, '/api/agents?tags=rare&limit=2');
      const next = await listCalls(as, `/api/agents?tags=rare&limit=2&cursor=${first.res.body.data.pagination.next_cursor}`);
      expect(first.res.body.data.pagination.total).toBe(3);
      expect(next.res.body.data.agents).toHaveLength(1);
      return { first: first.dynamo, next: next.dynamo };
    };
    await add(0, 5);
    const small = await measure();
    await add(5, 60);
    const large = await measure();
    expect(large).toEqual(small);
    expect(small.first.length).toBeLessThanOrEqual(4);
  });
});
