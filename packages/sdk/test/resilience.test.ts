import { RateLimitError } from '../src';
import { retryDelayMs, retryAfterMs } from '../src/retry';
import { anOwner, failingFetch, mine } from './support';

const answer =
  (status: number, headers: Record<string, string> = {}) =>
  async () =>
    new Response(
      JSON.stringify({
        success: false,
        error: { code: status === 429 ? 'RATE_LIMIT_EXCEEDED' : 'INTERNAL_ERROR', message: 'injected' },
        meta: {},
      }),
      {
        status,
        headers: { 'content-type': 'application/json', ...headers },
      },
    );

describe('retries, idempotency and pagination', () => {
  it('retries a request answered 429 and succeeds once the limit lifts', async () => {
    const owner = await anOwner();
    const injected = failingFetch(2, answer(429, { 'retry-after': '0' }));
    const agents = await owner.client({ fetch: injected.fetch }).agents.list();
    expect(mine(agents.agents)).toEqual([]);
    expect(injected.seen).toEqual(['GET /api/agents', 'GET /api/agents', 'GET /api/agents']);
  });

  it('retries a read answered 503', async () => {
    const owner = await anOwner();
    const injected = failingFetch(1, answer(503));
    expect((await owner.client({ fetch: injected.fetch }).workspaces.list()).length).toBe(1);
    expect(injected.seen).toHaveLength(2);
  });

  it('gives up with a RateLimitError carrying Retry-After once the retries are spent', async () => {
    const owner = await anOwner();
    const injected = failingFetch(10, answer(429, { 'retry-after': '0' }));
    await expect(owner.client({ fetch: injected.fetch, maxRetries: 2 }).agents.list()).rejects.toMatchObject({
      constructor: RateLimitError,
      code: 'RATE_LIMIT_EXCEEDED',
      retryAfterSeconds: 0,
    });
    expect(injected.seen).toHaveLength(3);
  });

  it('does not repeat a POST without an idempotency key after a 503', async () => {
    const owner = await anOwner();
    const client = owner.client();
    const agent = await client.agents.create({ name: 'Once' });
    const injected = failingFetch(1, answer(503), (url) => url.endsWith('/start'));
    await expect(owner.client({ fetch: injected.fetch }).agents.start(agent.id)).rejects.toMatchObject({ status: 503 });
    expect(injected.seen).toHaveLength(1);
  });

  it('creates exactly one agent when the connection drops after the platform created it', async () => {
    const owner = await anOwner();
    let dropped = false;
    const dropAfterCreate = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
      const response = await fetch(input, init);
      if (!dropped && init?.method === 'POST') {
        dropped = true;
        throw new TypeError('fetch failed: connection reset');
      }
      return response;
    };
    const agent = await owner.client({ fetch: dropAfterCreate as typeof fetch }).agents.create({ name: 'Only once' });
    expect(dropped).toBe(true);
    expect(mine((await owner.client().agents.list()).agents).map((a) => a.id)).toEqual([agent.id]);
  });

  it('iterates over every one of 250 agents, page by page', async () => {
    const client = (await anOwner('enterprise')).client();
    const names = Array.from({ length: 250 }, (_, i) => `Agent ${String(i).padStart(3, '0')}`);
    for (let i = 0; i < names.length; i += 25) await Promise.all(names.slice(i, i + 25).map((name) => client.agents.create({ name })));
    const seen: string[] = [];
    for await (const agent of client.agents.iterate({ limit: 100, sort: 'name', order: 'asc' }))
      if (!agent.is_system) seen.push(agent.name);
    expect(seen).toEqual(names);
  }, 180_000);

  it('waits what Retry-After says, in seconds or as a date, never past the cap', () => {
    expect(retryDelayMs(0, retryAfterMs('2'), 30_000)).toBe(2_000);
    expect(retryDelayMs(0, retryAfterMs(new Date(Date.UTC(2030, 0, 1, 0, 0, 5)).toUTCString(), Date.UTC(2030, 0, 1)), 30_000)).toBe(5_000);
    expect(retryDelayMs(0, retryAfterMs('120'), 30_000)).toBe(30_000);
    expect(retryDelayMs(3, undefined, 30_000, () => 0.5)).toBe(1_000);
    expect(retryDelayMs(20, undefined, 30_000, () => 0.999)).toBeLessThan(30_000);
  });
});
