import { z } from 'zod';
import { route } from '../../../lambdas/shared/route';
import { aContext, anEvent, aPrincipal } from '../../support/events';

/**
 * Logs and metrics as CloudWatch receives them: the JSON lines the process writes to stdout.
 * Each test loads the modules afresh with metrics switched on (the unit environment switches them off).
 */

const quotaRoute = route({
  method: 'POST',
  path: '/api/things',
  handler: 'things/create',
  summary: 'test route',
  auth: 'user',
  scopes: ['write'],
  bodyLimit: 1024,
  body: z.strictObject({ outcome: z.enum(['ok', 'quota', 'crash']) }),
  response: { status: 201, description: 'created' },
  access: { table: 'write' },
});

type Line = Record<string, unknown>;

/** Loads the pipeline and the shared logger fresh, with what stdout receives captured. */
const load = async () => {
  const lines: Line[] = [];
  // Kept for the whole test: metrics read their switch when a pipeline is built.
  Object.assign(process.env, {
    POWERTOOLS_LOG_LEVEL: 'INFO',
    POWERTOOLS_METRICS_DISABLED: 'false',
    METRICS_NAMESPACE: 'AgentPlatform/test',
  });
  // Errors go to stderr: kept out of the test output.
  jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    for (const text of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(text) as Line);
    return true;
  });
  let modules:
    | {
        http: typeof import('../../../lambdas/shared/http');
        shared: typeof import('../../../lambdas/shared/logger');
        observability: typeof import('../../../lambdas/shared/observability');
        errors: typeof import('../../../lambdas/domain/errors');
        reply: typeof import('../../../lambdas/shared/reply');
      }
    | undefined;
  jest.isolateModules(() => {
    modules = {
      http: require('../../../lambdas/shared/http'),
      shared: require('../../../lambdas/shared/logger'),
      observability: require('../../../lambdas/shared/observability'),
      errors: require('../../../lambdas/domain/errors'),
      reply: require('../../../lambdas/shared/reply'),
    };
  });
  return { ...(modules as NonNullable<typeof modules>), lines };
};

const savedEnv = { ...process.env };
afterEach(() => {
  jest.restoreAllMocks();
  process.env = { ...savedEnv };
});

describe('observability', () => {
  it('gives each log line of a request, data-layer ones too, its request id, route and workspace while requests interleave', async () => {
    const { http, shared, reply, lines } = await load();
    // As the data layer does: the module-level logger, nothing passed down.
    const dataLayerRead = async (marker: string) => {
      await new Promise((resolve) => setImmediate(resolve));
      shared.logger.info('data layer read', { marker });
    };
    const handler = http.httpHandler(quotaRoute, async ({ body }) => {
      await dataLayerRead(body.outcome);
      return reply.ok({});
    });
    const first = aPrincipal();
    const second = aPrincipal();
    const [a, b] = await Promise.all([
      handler(anEvent({ body: '{"outcome":"ok"}', principal: first }), aContext()),
      handler(anEvent({ body: '{"outcome":"quota"}', principal: second }), aContext()),
    ]);
    const dataLines = lines.filter((l) => l.message === 'data layer read');
    expect(dataLines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          marker: 'ok',
          request_id: JSON.parse(a.body).meta.request_id,
          route: 'things/create',
          workspace_id: first.workspace_id,
        }),
        expect.objectContaining({
          marker: 'quota',
          request_id: JSON.parse(b.body).meta.request_id,
          route: 'things/create',
          workspace_id: second.workspace_id,
        }),
      ]),
    );
    expect(lines.find((l) => l.message === 'answered')).toMatchObject({ route: 'things/create', status: 200 });
  });

  it('writes the route metrics and the business metrics of a request once, when it is answered, in the environment namespace', async () => {
    const { http, observability, errors, lines } = await load();
    const handler = http.httpHandler(quotaRoute, async () => {
      throw new errors.Forbidden('over the limit', 'QUOTA_EXCEEDED');
    });
    const before = lines.length;
    const res = await handler(anEvent({ body: '{"outcome":"quota"}' }), aContext());
    expect(res.statusCode).toBe(403);
    const emf = lines.slice(before).filter((l) => l._aws);
    const routeLine = emf.find((l) => l.route === 'things/create' && 'Requests' in l);
    expect(routeLine).toMatchObject({ Requests: 1, Errors: 0, route: 'things/create' });
    expect(typeof routeLine?.Latency).toBe('number');
    const business = emf.filter((l) => 'QuotaExceeded' in l);
    expect(business).toHaveLength(1);
    expect(business[0]).toMatchObject({ QuotaExceeded: 1, service: 'agent-platform' });
    expect(JSON.stringify(business[0]?._aws)).toContain('AgentPlatform/test');
    expect(observability.metrics.hasStoredMetrics()).toBe(false);
  });

  it('counts a crash as a route error and answers 500 without its stack', async () => {
    const { http, lines } = await load();
    const handler = http.httpHandler(quotaRoute, async () => {
      throw new Error('the disk is on fire');
    });
    const res = await handler(anEvent({ body: '{"outcome":"crash"}' }), aContext());
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('on fire');
    expect(lines.find((l) => l._aws && l.route === 'things/create')).toMatchObject({ Requests: 1, Errors: 1 });
  });

  it('flushes what an event function counted when it ends, even when it fails', async () => {
    const { observability, lines } = await load();
    const handler = observability.observed(async () => {
      observability.countMetric('WebhookFailed');
      throw new Error('receiver unreachable');
    });
    await expect(handler({})).rejects.toThrow('receiver unreachable');
    expect(lines.filter((l) => l._aws && 'WebhookFailed' in l)).toEqual([expect.objectContaining({ WebhookFailed: 1 })]);
  });

  it('leaves SDK clients untouched when tracing is off', async () => {
    const { observability } = await load();
    const client = { send: async () => ({}) };
    expect(observability.traced(client)).toBe(client);
  });
});
