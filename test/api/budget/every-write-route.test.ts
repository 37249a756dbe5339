import type { CountedCall } from '../../../local/call-counter';
import { routes } from '../../../lambdas/http/routes';
import { api, type ApiResponse, request } from '../../support/api-client';
import { awsCallsOf, sequentialRoundTrips } from '../../support/aws-calls';
import { aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';
import { fixtureZip } from '../../support/bundles';
import { tinyImages } from '../../support/images';
import { putToUploadUrl, uniquePluginName } from '../../support/plugins';

const pluginName = uniquePluginName('budget');
const bundle = fixtureZip('web-research', { name: pluginName });

/**
 * DESIGN.md §7's budget over the write routes, counted by the local runtime (`--count-calls`) on the
 * success path, in an order where each step finds what it needs: after the authorizer, one DynamoDB
 * write (a transaction or a single-item write), at most one read before it, no Scan. Routes over
 * budget are listed with their exact counts and what they read, so the list can only shrink: a route
 * that comes within budget fails until it is taken off. Routes this walk does not reach (they need
 * a held step, a delivery or an eligible agent) are named, and counted where their own tests run.
 */

const READS = 1;
const WRITES = 1;
const READ_COMMANDS = new Set(['GetItem', 'Query', 'BatchGetItem', 'TransactGetItems']);

/**
 * `raced`: the route's own S3 change sends a bucket notification whose handler settles the same
 * size item, and whichever commits first does the write; the other reads again (a refused
 * transaction, counted as a write) or finds nothing to do. The figures are then the most the route makes.
 */
const OVER_BUDGET: Record<string, { reads: number; writes: number; trips: number; why: string; raced?: true }> = {
  'PUT /api/agents/{agent}/rename': { reads: 2, writes: 1, trips: 3, why: 'the agent with its statistics, then its active runs' },
  'POST /api/agents/{agent}/start': {
    reads: 2,
    writes: 1,
    trips: 3,
    why:
      'the agent with its statistics, then what its health check reads ' +
      '(assignment, credential names, integrations; the plugins when it has some) at every start',
  },
  'DELETE /api/workspaces/{ws}/members/{user}': {
    reads: 3,
    writes: 1,
    trips: 3,
    why: 'the workspace with the membership, then the shares and admin entries removed with it',
  },
  'POST /api/agents/{agent}/credentials/inject': {
    reads: 2,
    writes: 1,
    trips: 3,
    why: 'the agent, then its credentials record with what its health check reads (one batch), then both stored in one transaction',
  },
  'DELETE /api/agents/{agent}/credentials/{name}': {
    reads: 2,
    writes: 1,
    trips: 3,
    why: 'the agent, then its credentials record with what its health check reads (one batch), then both stored in one transaction',
  },
  'PUT /api/agents/{agent}/files': {
    reads: 4,
    writes: 2,
    trips: 5,
    why:
      "the agent, the path's size item with any pending upload (one batch) before it is charged, then both again " +
      'after the put, to settle on what S3 holds (3 reads, 1 write when no settlement races its own)',
    raced: true,
  },
  'POST /api/agents/{agent}/files/uploads': {
    reads: 2,
    writes: 1,
    trips: 3,
    why: "the agent, then the path's size item with any pending upload (one batch)",
  },
  'DELETE /api/agents/{agent}/files': {
    reads: 4,
    writes: 2,
    trips: 5,
    why:
      "the agent, the path's size item with any pending upload (one batch), then both again to refund what S3 no " +
      'longer holds (3 reads, 1 write when the route commits the refund first)',
    raced: true,
  },
  'PUT /api/agents/{agent}/plugins': {
    reads: 4,
    writes: 1,
    trips: 3,
    why:
      'the agent; then the plugins with their enablements (one batch) beside the assignment and what the health check ' +
      'reads of the agent; then the assignment and the health in one transaction',
  },
  'DELETE /api/workspaces/{ws}/plugins/{plugin}': {
    reads: 3,
    writes: 1,
    trips: 4,
    why: 'the enablement, the agents it is assigned to, then those agents with their assignments (one batch), unassigned with it',
  },
  'DELETE /api/agents/{agent}': { reads: 2, writes: 1, trips: 3, why: 'the agent, then its active runs' },
};

let owner: TestUser;
const ids: Record<string, string> = {};

interface Step {
  route: string;
  /** A step that only prepares a later one: not held to the budget. */
  setup?: boolean;
  path: () => string;
  body?: () => unknown;
  raw?: string;
  keep?: (data: ApiResponse['body']['data']) => Record<string, string> | Promise<Record<string, string>>;
}

const step = (route: string, path: () => string, body?: () => unknown, keep?: Step['keep']): Step => ({ route, path, body, keep });

const STEPS: Step[] = [
  step(
    'POST /api/workspaces',
    () => '/api/workspaces',
    () => ({ name: 'Second' }),
  ),
  step(
    'PATCH /api/workspaces/{ws}',
    () => `/api/workspaces/${ids.ws}`,
    () => ({ name: 'Renamed' }),
  ),
  step(
    'POST /api/workspaces/{ws}/members',
    () => `/api/workspaces/${ids.ws}/members`,
    () => ({ email: ids.memberEmail, role: 'member' }),
  ),
  step(
    'PATCH /api/workspaces/{ws}/members/{user}',
    () => `/api/workspaces/${ids.ws}/members/${encodeURIComponent(ids.memberEmail ?? '')}`,
    () => ({ role: 'admin' }),
  ),
  step(
    'POST /api/workspaces/{ws}/api-keys',
    () => `/api/workspaces/${ids.ws}/api-keys`,
    () => ({ name: 'k', scopes: ['read'] }),
    (d) => ({ key: d.api_key.id }),
  ),
  step('DELETE /api/workspaces/{ws}/api-keys/{key}', () => `/api/workspaces/${ids.ws}/api-keys/${ids.key}`),
  step(
    'POST /api/workspaces/{ws}/integrations',
    () => `/api/workspaces/${ids.ws}/integrations`,
    () => ({ kind: 'llm', provider: 'local', name: 'loc' }),
    (d) => ({ integration: d.integration.id }),
  ),
  step(
    'PATCH /api/workspaces/{ws}/integrations/{integration}',
    () => `/api/workspaces/${ids.ws}/integrations/${ids.integration}`,
    () => ({ name: 'loc2' }),
  ),
  step('DELETE /api/workspaces/{ws}/integrations/{integration}', () => `/api/workspaces/${ids.ws}/integrations/${ids.integration}`),
  step(
    'PUT /api/workspaces/{ws}/exam-sets/{level}',
    () => `/api/workspaces/${ids.ws}/exam-sets/intern`,
    () => ({ tasks: [{ task: 't', expect: { contains: ['x'] } }] }),
  ),
  step('DELETE /api/workspaces/{ws}/exam-sets/{level}', () => `/api/workspaces/${ids.ws}/exam-sets/intern`),
  step(
    'POST /api/agent-templates',
    () => '/api/agent-templates',
    () => ({ name: 'budget-template', system_prompt: 'Be brief.' }),
  ),
  step(
    'PUT /api/agent-templates/{template}',
    () => '/api/agent-templates/budget-template',
    () => ({ system_prompt: 'Be brief.' }),
  ),
  step('DELETE /api/agent-templates/{template}', () => '/api/agent-templates/budget-template'),
  step(
    'POST /api/agents',
    () => '/api/agents',
    () => ({ name: 'Writer' }),
    (d) => ({ agent: d.agent.id }),
  ),
  step(
    'PATCH /api/agents/{agent}',
    () => `/api/agents/${ids.agent}`,
    () => ({ description: 'changed' }),
  ),
  step(
    'PUT /api/agents/{agent}',
    () => `/api/agents/${ids.agent}`,
    () => ({ name: 'Writer', description: 'replaced' }),
  ),
  step(
    'PUT /api/agents/{agent}/rename',
    () => `/api/agents/${ids.agent}/rename`,
    () => ({ name: 'Writer Two' }),
  ),
  step(
    'PUT /api/agents/{agent}/settings',
    () => `/api/agents/${ids.agent}/settings`,
    () => ({ llm_temperature: 0.3 }),
  ),
  step(
    'PUT /api/agents/{agent}/autonomy',
    () => `/api/agents/${ids.agent}/autonomy`,
    () => ({ enabled: false }),
  ),
  step(
    'PUT /api/agents/{agent}/read-only',
    () => `/api/agents/${ids.agent}/read-only`,
    () => ({ enabled: false }),
  ),
  step(
    'PUT /api/agents/{agent}/timeout',
    () => `/api/agents/${ids.agent}/timeout`,
    () => ({ timeout_seconds: 120 }),
  ),
  step(
    'POST /api/agents/{agent}/avatar',
    () => `/api/agents/${ids.agent}/avatar`,
    () => ({ avatar_base64: tinyImages.png, avatar_filename: 'me.png' }),
  ),
  step('POST /api/agents/{agent}/stop', () => `/api/agents/${ids.agent}/stop`),
  step('POST /api/agents/{agent}/start', () => `/api/agents/${ids.agent}/start`),
  step(
    'POST /api/agents/{agent}/admins',
    () => `/api/agents/${ids.agent}/admins`,
    () => ({ email: ids.memberEmail }),
  ),
  step('DELETE /api/agents/{agent}/admins/{admin}', () => `/api/agents/${ids.agent}/admins/${encodeURIComponent(ids.memberEmail ?? '')}`),
  step(
    'POST /api/agents/{agent}/share',
    () => `/api/agents/${ids.agent}/share`,
    () => ({ email: ids.memberEmail, access: 'use' }),
  ),
  step('DELETE /api/agents/{agent}/share/{email}', () => `/api/agents/${ids.agent}/share/${encodeURIComponent(ids.memberEmail ?? '')}`),
  step(
    'DELETE /api/workspaces/{ws}/members/{user}',
    () => `/api/workspaces/${ids.ws}/members/${encodeURIComponent(ids.memberEmail ?? '')}`,
  ),
  step(
    'POST /api/agents/{agent}/credentials/inject',
    () => `/api/agents/${ids.agent}/credentials/inject`,
    () => ({ credentials: { API_TOKEN: 'secret-value' } }),
  ),
  step('DELETE /api/agents/{agent}/credentials/{name}', () => `/api/agents/${ids.agent}/credentials/API_TOKEN`),
  { route: 'PUT /api/agents/{agent}/files', path: () => `/api/agents/${ids.agent}/files?path=notes.txt`, raw: 'hello' },
  step(
    'POST /api/agents/{agent}/files/uploads',
    () => `/api/agents/${ids.agent}/files/uploads`,
    () => ({ path: 'big.bin', size: 1024 }),
  ),
  step('DELETE /api/agents/{agent}/files', () => `/api/agents/${ids.agent}/files?path=notes.txt`),
  step(
    'PUT /api/agents/{agent}/folders',
    () => `/api/agents/${ids.agent}/folders`,
    () => ({ publish: [], mount: [] }),
  ),
  step(
    'POST /api/personas',
    () => '/api/personas',
    () => ({ name: 'Analyst', system_prompt: 'Be careful.' }),
    (d) => ({ persona: d.persona.id }),
  ),
  step(
    'PATCH /api/personas/{persona}',
    () => `/api/personas/${ids.persona}`,
    () => ({ description: 'careful' }),
  ),
  step('DELETE /api/personas/{persona}', () => `/api/personas/${ids.persona}`),
  step(
    'POST /api/webhooks',
    () => '/api/webhooks',
    () => ({ url: 'https://hooks.example.com/in', events: ['agent.created'] }),
    (d) => ({ webhook: d.webhook.id }),
  ),
  step(
    'PATCH /api/webhooks/{webhook}',
    () => `/api/webhooks/${ids.webhook}`,
    () => ({ description: 'changed' }),
  ),
  step('POST /api/webhooks/{webhook}/rotate-secret', () => `/api/webhooks/${ids.webhook}/rotate-secret`),
  step('POST /api/webhooks/{webhook}/test', () => `/api/webhooks/${ids.webhook}/test`),
  step('DELETE /api/webhooks/{webhook}', () => `/api/webhooks/${ids.webhook}`),
  step(
    'POST /api/agents/{agent}/schedules',
    () => `/api/agents/${ids.agent}/schedules`,
    () => ({ expression: 'cron(0 9 ? * MON-FRI *)', task: 'Morning report' }),
    (d) => ({ schedule: d.schedule.id }),
  ),
  step('DELETE /api/agents/{agent}/schedules/{schedule}', () => `/api/agents/${ids.agent}/schedules/${ids.schedule}`),
  step(
    'POST /api/agents/{agent}/execute',
    () => `/api/agents/${ids.agent}/execute`,
    () => ({ task: 'Say hello', mode: 'async' }),
    (d) => ({ execution: d.id }),
  ),
  // A sync execute waits by reading the run (at most one read per 100 ms): its waiting is counted in the bench, not here.
  {
    ...step(
      'POST /api/agents/{agent}/execute',
      () => `/api/agents/${ids.agent}/execute`,
      () => ({ task: 'Say hello', mode: 'sync' }),
      (d) => ({ finished: d.id }),
    ),
    setup: true,
  },
  step(
    'POST /api/agents/{agent}/executions/{execution}/feedback',
    () => `/api/agents/${ids.agent}/executions/${ids.finished}/feedback`,
    () => ({ rating: 5, outcome: 'success' }),
  ),
  step(
    'POST /api/plugins',
    () => '/api/plugins',
    () => ({ name: pluginName, description: 'A plugin', size: bundle.length }),
    async (d) => {
      await putToUploadUrl(d.upload, bundle);
      return { plugin: d.plugin.id, upload: d.upload.upload_id };
    },
  ),
  step(
    'POST /api/plugins/{plugin}/versions',
    () => `/api/plugins/${ids.plugin}/versions`,
    () => ({ upload_id: ids.upload }),
  ),
  step(
    'POST /api/plugins/{plugin}/uploads',
    () => `/api/plugins/${ids.plugin}/uploads`,
    () => ({ size: bundle.length }),
  ),
  step(
    'PUT /api/workspaces/{ws}/plugins/{plugin}',
    () => `/api/workspaces/${ids.ws}/plugins/${ids.plugin}`,
    () => ({}),
  ),
  step(
    'PUT /api/agents/{agent}/plugins',
    () => `/api/agents/${ids.agent}/plugins`,
    () => ({ plugin_ids: [ids.plugin] }),
  ),
  step('DELETE /api/workspaces/{ws}/plugins/{plugin}', () => `/api/workspaces/${ids.ws}/plugins/${ids.plugin}?force=true`),
  step('DELETE /api/agents/{agent}', () => `/api/agents/${ids.other}`),
];

beforeAll(async () => {
  owner = await aUser('budget-writes');
  ids.ws = await aWorkspace(owner);
  await setTier(ids.ws, 'enterprise');
  ids.memberEmail = (await aUser('member')).email;
  ids.other = (await api.post('/api/agents', { name: 'To delete' }, { token: owner.token })).body.data.agent.id;
}, 60_000);

const budgetOf = (calls: readonly CountedCall[]) => {
  const dynamodb = calls.filter((c) => c.service === 'DynamoDB');
  return {
    reads: dynamodb.filter((c) => READ_COMMANDS.has(c.command)).length,
    writes: dynamodb.filter((c) => !READ_COMMANDS.has(c.command)).length,
    trips: sequentialRoundTrips(dynamodb),
    scans: dynamodb.filter((c) => c.command === 'Scan').length,
  };
};

const send = (s: Step) =>
  s.raw !== undefined
    ? request('PUT', s.path(), { token: owner.token, rawBody: s.raw, headers: { 'Content-Type': 'text/plain' } })
    : request(s.route.split(' ')[0] as string, s.path(), { token: owner.token, json: s.body?.() });

describe('every write route within its AWS call budget', () => {
  it('lists only write routes, each over budget today and each walked', () => {
    const walked = new Set(STEPS.filter((s) => !s.setup).map((s) => s.route));
    for (const name of Object.keys(OVER_BUDGET)) expect(walked).toContain(name);
    const writeRoutes = routes.filter((r) => r.method !== 'GET' && r.auth === 'user').map((r) => `${r.method} ${r.path}`);
    for (const name of walked) expect(writeRoutes).toContain(name);
  });

  it.each(STEPS.map((s, i) => [`${s.route}${s.setup ? ' (setting up)' : ''}`, i] as const))('%s', async (_name, index) => {
    const s = STEPS[index] as Step;
    const res = await send(s);
    if (res.status >= 300) throw new Error(`${s.route} answered ${res.status}: ${JSON.stringify(res.body.error)}`);
    if (s.keep) Object.assign(ids, await s.keep(res.body.data));
    if (s.setup) return;
    const budget = budgetOf((await awsCallsOf(res)).calls.filter((c) => c.function !== 'authorizer'));
    expect(budget.scans).toBe(0);
    const over = OVER_BUDGET[s.route];
    if (over) {
      // Round trips of calls that may overlap depend on timing: held to at most the listed figure.
      if (over.raced) {
        expect(budget.reads).toBeLessThanOrEqual(over.reads);
        expect(budget.writes).toBeLessThanOrEqual(over.writes);
      } else {
        expect({ reads: budget.reads, writes: budget.writes }).toEqual({ reads: over.reads, writes: over.writes });
      }
      expect(budget.trips).toBeLessThanOrEqual(over.trips);
      return;
    }
    expect(budget.reads).toBeLessThanOrEqual(READS);
    expect(budget.writes).toBeLessThanOrEqual(WRITES);
  });
});
