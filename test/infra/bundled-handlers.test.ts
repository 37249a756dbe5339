import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { coldInitEnv } from '../../bench/cold-init-env';
import { routes } from '../../lambdas/http/routes';
import { routeDomain, routeId } from '../../lambdas/shared/route';
import { bundleDir } from '../../lib/build/function-bundles';

/**
 * The build transforms what it bundles (schemas dropped when unreached, the credential chain, the
 * tracer apart): a deployed handler must still answer as its source does. One route of each domain
 * gets a request its schemas refuse, so the answer names what they check; nothing reaches a store
 * (and every AWS endpoint points at a closed local port).
 */

const env = {
  ...coldInitEnv(process.env),
  POWERTOOLS_METRICS_DISABLED: 'true',
  AWS_ACCESS_KEY_ID: 'test',
  AWS_SECRET_ACCESS_KEY: 'test',
  AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
};

const principal = {
  user_id: 'user_1',
  email: 'ada@example.com',
  auth_type: 'jwt',
  platform_admin: 'false',
  scopes: 'read,write,execute,admin',
  workspace_id: 'ws_01ARZ3NDEKTSV4RRFFQ69G5FAV',
  role: 'owner',
  tier: 'team',
  requested_workspace_id: '',
  usage_day: '1',
  usage_minute: '1',
};

const refusedRequest = (method: string, path: string) => ({
  httpMethod: method,
  path,
  resource: path,
  headers: { 'Content-Type': 'application/json' },
  multiValueHeaders: {},
  queryStringParameters: { unexpected: '1' },
  multiValueQueryStringParameters: { unexpected: ['1'] },
  pathParameters: Object.fromEntries([...path.matchAll(/\{(\w+)\}/g)].map((m) => [m[1], '!!not-an-id!!'])),
  body: JSON.stringify({ unexpected: 1 }),
  isBase64Encoded: false,
  requestContext: { requestId: 'req-1', authorizer: principal, identity: { sourceIp: '127.0.0.1' }, httpMethod: method, path },
});

/** The Lambda context, less the one function it holds (which cannot cross into the bundle's process as JSON). */
const contextFields = { awsRequestId: 'aws-1', functionName: 'test' };
const REMAINING_MS = 10_000;
const context = { ...contextFields, getRemainingTimeInMillis: () => REMAINING_MS };

/** Status, code and details: what a client reads of a refusal. */
const answerOf = (result: { statusCode: number; body?: string }) => {
  const { error } = JSON.parse(result.body || '{}') as { error?: { code: string; details?: unknown } };
  return { status: result.statusCode, code: error?.code, details: error?.details };
};

const answerOfBundle = (id: string, request: object): ReturnType<typeof answerOf> => {
  const script = [
    `require(${JSON.stringify(join(bundleDir(id), 'index.js'))})`,
    `.handler(${JSON.stringify(request)}, { ...${JSON.stringify(contextFields)}, getRemainingTimeInMillis: () => ${REMAINING_MS} })`,
    '.then((r) => process.stdout.write(JSON.stringify(r)));',
  ].join('');
  return answerOf(JSON.parse(execFileSync(process.execPath, ['-e', script], { env, encoding: 'utf8', timeout: 20_000 })));
};

const onePerDomain = [...new Map(routes.filter((r) => r.auth === 'user').map((r) => [routeDomain(r), r])).values()];

describe('bundled handlers', () => {
  beforeAll(() => Object.assign(process.env, env));

  it.each(onePerDomain.map((r) => [routeId(r), r] as const))('%s refuses a bad request exactly as its source does', async (id, r) => {
    const request = refusedRequest(r.method, r.path);
    const source = (await import(`../../lambdas/http/${r.handler}`)) as {
      handler: (event: unknown, context: unknown) => Promise<{ statusCode: number; body?: string }>;
    };
    const expected = answerOf(await source.handler(request, context));
    expect(expected.status).toBe(400);
    expect(answerOfBundle(id, request)).toEqual(expected);
  });
});
