import { api, request } from '../../support/api-client';
import { aUser, aWorkspace, setTier } from '../../support/fixtures';

const deep = (depth: number): unknown => (depth === 0 ? 'leaf' : { nested: deep(depth - 1) });

const badBodies: unknown[] = [
  null,
  [],
  'a string',
  42,
  { name: 12 },
  { name: '' },
  { name: 'x'.repeat(101) },
  { name: 'ok', description: 'x'.repeat(501) },
  { name: 'ok', capabilities: 'not-a-list' },
  { name: 'ok', capabilities: Array.from({ length: 51 }, (_, i) => `c${i}`) },
  { name: 'ok', tags: ['UPPER'] },
  { name: 'ok', configuration: { temperature: 3 } },
  { name: 'ok', configuration: { unknown: 1 } },
  { name: 'ok', resources: { cpu: 1, memory: 'lots' } },
  { name: 'ok', color: 'red' },
  { name: 'ok', timeout_seconds: 5 },
  { name: 'ok', contact_config: { blob: 'x'.repeat(17 * 1024) } },
  { name: 'ok', storage_config: deep(200) },
  { name: 'ok', unknown_field: true },
  { name: 'ok', role: 'overlord' },
  { name: 'ok', status: 'deleted' },
  { name: 'ok', system_prompt: 'x'.repeat(20_001) },
  { name: '!!!' },
  { name: 'ok', slug: '-bad-' },
];

describe('fuzzed agent bodies', () => {
  it('answer only 4xx envelopes and create nothing', async () => {
    const owner = await aUser();
    await setTier(await aWorkspace(owner), 'team');
    for (const body of badBodies) {
      const res = await request('POST', '/api/agents', {
        token: owner.token,
        rawBody: JSON.stringify(body),
        headers: { 'Content-Type': 'application/json' },
      });
      expect({ body: JSON.stringify(body).slice(0, 60), status: res.status >= 400 && res.status < 500 }).toEqual({
        body: JSON.stringify(body).slice(0, 60),
        status: true,
      });
      expect(res.body.success).toBe(false);
    }
    const list = await api.get('/api/agents', { token: owner.token });
    expect(list.body.data.agents.map((a: { slug: string }) => a.slug)).toEqual(['default']);
  });
});

describe('hostile nesting', () => {
  it.each([
    ['storage_config', (deep: string) => `{"name":"ok","storage_config":${deep}}`],
    ['an unknown field', (deep: string) => `{"name":"ok","surprise":${deep}}`],
    [
      'a response format schema',
      (deep: string) =>
        `{"name":"ok","configuration":{"response_format":{"type":"json_schema","json_schema":{"name":"x","schema":${deep}}}}}`,
    ],
  ])('a 100,000-level body under %s answers 4xx, not a crash', async (_, body) => {
    const owner = await aUser();
    await aWorkspace(owner);
    const nested = body(`${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`);
    const res = await request('POST', '/api/agents', {
      token: owner.token,
      rawBody: nested,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });
});
