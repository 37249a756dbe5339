import type { CountedCall } from '../../../local/call-counter';
import { routes } from '../../../lambdas/http/routes';
import { api, type ApiResponse, request } from '../../support/api-client';
import { awsCallsOf, sequentialRoundTrips } from '../../support/aws-calls';
import { aUser, aWorkspace, setTier } from '../../support/fixtures';
import { tinyImages } from '../../support/images';
import { aFixturePlugin } from '../../support/plugins';
import { waitUntil } from '../../support/wait-until';

/**
 * DESIGN.md §7's budget over every read route, counted by the local runtime (`--count-calls`) on
 * the success path of a workspace holding one of everything: after the authorizer, at most three
 * DynamoDB calls in at most two sequential round trips, no Scan, and at most one S3 call. A route
 * over budget is listed below with its exact calls, its round trips at most, and why, so the list
 * can only shrink: a route whose calls come within budget fails until it is taken off.
 */

const DYNAMODB_CALLS = 3;
const DYNAMODB_ROUND_TRIPS = 2;
const S3_CALLS = 1;

const OVER_BUDGET: Record<string, { calls: number; trips: number; why: string }> = {
  'GET /api/agents/{agent}/health': {
    calls: 3,
    trips: 3,
    why:
      'the agent, then what the check reads (assignment, credential names, ' +
      'integrations: one batched read), then the result stored on the agent',
  },
};

/** Routes whose resource this fixture cannot make cheaply, read on their 404 path instead. */
const NOT_FOUND_PATH = new Set(['GET /api/agents/{agent}/graduations/{graduation}']);
const REDIRECTING = new Set(['GET /api/agents/{agent}/avatar', 'GET /api/agents/{agent}/files/download']);
const statusOf = (name: string) => (NOT_FOUND_PATH.has(name) ? 404 : REDIRECTING.has(name) ? 302 : 200);

const readRoutes = routes.filter((r) => r.method === 'GET' && r.kind !== 'raw' && r.auth === 'user');

let token = '';
const ids: Record<string, string> = {};

const created = async (res: Promise<ApiResponse>, path: (data: ApiResponse['body']['data']) => string): Promise<string> => {
  const answer = await res;
  if (answer.status >= 300) throw new Error(`fixture failed: ${JSON.stringify(answer.body)}`);
  return path(answer.body.data);
};

beforeAll(async () => {
  const owner = await aUser('budget-every-route');
  token = owner.token;
  const as = { token };
  const ws = await aWorkspace(owner);
  await setTier(ws, 'enterprise');
  const agent = await created(
    api.post('/api/agents', { name: 'Budget', avatar_base64: tinyImages.png, avatar_filename: 'me.png' }, as),
    (d) => d.agent.id,
  );
  const execution = await created(api.post(`/api/agents/${agent}/execute`, { task: 'Say hello' }, as), (d) => d.id);
  await created(
    request('PUT', `/api/agents/${agent}/files?path=notes.txt`, { token, rawBody: 'hello', headers: { 'Content-Type': 'text/plain' } }),
    () => '',
  );
  const webhook = await created(
    api.post('/api/webhooks', { url: 'https://hooks.example.com/in', events: ['agent.created'] }, as),
    (d) => d.webhook.id,
  );
  const delivery = await created(api.post(`/api/webhooks/${webhook}/test`, undefined, as), (d) => d.delivery.id);
  const persona = await created(api.post('/api/personas', { name: 'Analyst', system_prompt: 'Be careful.' }, as), (d) => d.persona.id);
  const integration = await created(
    api.post(`/api/workspaces/${ws}/integrations`, { kind: 'llm', provider: 'local', name: 'local' }, as),
    (d) => d.integration.id,
  );
  await created(
    api.put(`/api/workspaces/${ws}/exam-sets/intern`, { tasks: [{ task: 'Say hello', expect: { contains: ['hello'] } }] }, as),
    () => '',
  );
  const template = await created(
    api.put('/api/agent-templates/budget-template', { system_prompt: 'Be brief.' }, as),
    (d) => d.template.name,
  );
  const plugin = (await aFixturePlugin(owner)).id;
  Object.assign(ids, {
    ws,
    agent,
    execution,
    webhook,
    delivery,
    persona,
    integration,
    plugin,
    template,
    level: 'intern',
    graduation: 'grad_01M97CRRHDVZBD41QJ313P4HDV',
  });
  // The delivery is written by the delivery worker, off the request path.
  await waitUntil(
    () => api.get(`/api/webhooks/${webhook}/deliveries/${delivery}`, as),
    (res) => res.status === 200,
  );
}, 60_000);

const QUERIES: Record<string, string> = { '/api/agents/{agent}/files/download': '?path=notes.txt' };
const concrete = (path: string) => path.replace(/\{([a-z_]+)\}/g, (_m, name: string) => ids[name] ?? name) + (QUERIES[path] ?? '');

const budgetOf = (calls: readonly CountedCall[]) => {
  const dynamodb = calls.filter((c) => c.service === 'DynamoDB');
  return {
    calls: dynamodb.length,
    trips: sequentialRoundTrips(dynamodb),
    scans: dynamodb.filter((c) => c.command === 'Scan').length,
    s3: calls.filter((c) => c.service === 'S3').length,
  };
};

describe('every read route within its AWS call budget', () => {
  it('lists only routes that exist and are over budget today', () => {
    const names = new Set(readRoutes.map((r) => `${r.method} ${r.path}`));
    for (const name of [...Object.keys(OVER_BUDGET), ...NOT_FOUND_PATH, ...REDIRECTING]) expect(names).toContain(name);
  });

  it.each(readRoutes.map((r) => [`${r.method} ${r.path}`, r.path] as const))('%s', async (name, path) => {
    const res = await request('GET', concrete(path), { token });
    expect(res.status).toBe(statusOf(name));
    const budget = budgetOf((await awsCallsOf(res)).calls.filter((c) => c.function !== 'authorizer'));
    expect(budget.scans).toBe(0);
    expect(budget.s3).toBeLessThanOrEqual(S3_CALLS);
    const over = OVER_BUDGET[name];
    if (over) {
      // Round trips of calls that may overlap depend on timing: held to at most the listed figure.
      expect(budget.calls).toBe(over.calls);
      expect(budget.trips).toBeLessThanOrEqual(over.trips);
      return;
    }
    expect(budget.calls).toBeLessThanOrEqual(DYNAMODB_CALLS);
    expect(budget.trips).toBeLessThanOrEqual(DYNAMODB_ROUND_TRIPS);
  });
});
