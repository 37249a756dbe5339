import type { APIGatewayAuthorizerResult } from 'aws-lambda';
import { tierLimits } from '../../../lambdas/domain/tiers';
import { route } from '../../../lambdas/shared/route';
import { flattenPrincipal } from '../../../lambdas/shared/principal';
import { gatewayErrors } from '../../../lib/api/gateway-responses';
import { type AuthorizerHandler, createGateway, LAMBDA_SYNC_PAYLOAD_BYTES, type ProxyHandler } from '../../../local/gateway';
import { IpRateLimiter } from '../../../local/ip-rate-limiter';
import { TokenBuckets } from '../../../local/token-buckets';
import { aPrincipal } from '../../support/events';

/** The local gateway in front of a stub handler: only the answers API Gateway gives on its own are under test. */

const ping = route({
  method: 'GET',
  path: '/api/ping',
  handler: 'ping/show',
  summary: 'ping',
  auth: 'user',
  scopes: ['read'],
  response: { status: 200, description: 'pong' },
  access: {},
});
const pong: ProxyHandler = async () => ({ statusCode: 200, body: '{}' });
const allowAs = (workspaceId: string) => async (): Promise<APIGatewayAuthorizerResult> => ({
  principalId: 'user_test',
  policyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'execute-api:Invoke', Resource: '*' }] },
  context: flattenPrincipal(aPrincipal({ workspace_id: workspaceId, tier: 'free', usage: { day: 1, minute: 1 } })),
});
const request = {
  method: 'GET',
  path: '/api/ping',
  query: new URLSearchParams(),
  headers: {},
  body: Buffer.alloc(0),
  sourceIp: '127.0.0.1',
};

const upload = route({ ...ping, method: 'PUT', path: '/api/upload', handler: 'upload/put', rawBody: true, bodyLimit: 10 * 1024 * 1024 });

const aGateway = (now: () => number, authorize: AuthorizerHandler = allowAs('ws_TEST1')) =>
  createGateway(
    [ping, upload],
    new Map([
      [ping, pong],
      [upload, pong],
    ]),
    authorize,
    new IpRateLimiter(1000),
    new TokenBuckets(now),
  );
const answerOf = (type: string) => gatewayErrors.find((e) => e.type === type);
const errorOf = (body: string) => JSON.parse(body).error;

describe("the local gateway's usage-plan throttle", () => {
  const { burst } = tierLimits.free;
  const throttled = gatewayErrors.find((e) => e.type === 'THROTTLED');

  it("throttles a burst above the free tier's bucket with 429 and API Gateway's THROTTLED answer", async () => {
    const gateway = aGateway(() => 0);
    const answers = await Promise.all(Array.from({ length: burst + 5 }, () => gateway.handle(request)));
    expect(answers.filter((a) => a.statusCode === 200)).toHaveLength(burst);
    const refused = answers.filter((a) => a.statusCode === 429);
    expect(refused).toHaveLength(5);
    expect(JSON.parse(refused[0]?.body ?? '{}').error).toEqual({ code: 'RATE_LIMIT_EXCEEDED', message: throttled?.message });
    expect(refused[0]?.headers?.['Retry-After']).toBe(String(throttled?.retryAfterSeconds));
  });

  it("never throttles a steady rate at the tier's requests per minute", async () => {
    let now = 0;
    const gateway = aGateway(() => now);
    const interval = 60_000 / tierLimits.free.requestsPerMinute;
    const statuses: number[] = [];
    for (let i = 0; i < 3 * burst; i += 1) {
      now = i * interval;
      statuses.push((await gateway.handle(request)).statusCode);
    }
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
  });
});

describe("the local gateway's own refusals", () => {
  it("answers the authorizer's Unauthorized with API Gateway's 401, and any other authorizer failure with its 500", async () => {
    const unauthorized = await aGateway(
      () => 0,
      async () => Promise.reject(new Error('Unauthorized')),
    ).handle(request);
    expect(unauthorized.statusCode).toBe(401);
    expect(errorOf(unauthorized.body)).toEqual({ code: 'UNAUTHORIZED', message: answerOf('UNAUTHORIZED')?.message });
    const crashed = await aGateway(
      () => 0,
      async () => Promise.reject(new Error('DynamoDB is unreachable')),
    ).handle(request);
    expect(crashed.statusCode).toBe(500);
    expect(errorOf(crashed.body)).toEqual({ code: 'INTERNAL', message: answerOf('AUTHORIZER_FAILURE')?.message });
  });

  it("answers a Deny policy with API Gateway's 403", async () => {
    const deny = async (): Promise<APIGatewayAuthorizerResult> => ({
      principalId: 'api-key',
      policyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'execute-api:Invoke', Resource: '*' }] },
    });
    const refused = await aGateway(() => 0, deny).handle(request);
    expect(refused.statusCode).toBe(403);
    expect(errorOf(refused.body)).toEqual({ code: 'FORBIDDEN', message: answerOf('ACCESS_DENIED')?.message });
  });

  it("refuses with 413 a request whose invocation event exceeds Lambda's 6 MB, counting a binary body base64-encoded", async () => {
    const gateway = aGateway(() => 0);
    const put = (bytes: number) =>
      gateway.handle({
        ...request,
        method: 'PUT',
        path: '/api/upload',
        headers: { 'content-type': 'application/octet-stream' },
        body: Buffer.alloc(bytes, 1),
      });
    expect((await put(4 * 1024 * 1024)).statusCode).toBe(200);
    const tooLarge = await put(Math.ceil((LAMBDA_SYNC_PAYLOAD_BYTES * 3) / 4));
    expect(tooLarge.statusCode).toBe(413);
    expect(errorOf(tooLarge.body)).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      details: [{ field: 'body', limit_bytes: LAMBDA_SYNC_PAYLOAD_BYTES }],
    });
  });
});
