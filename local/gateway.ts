import { randomUUID } from 'node:crypto';
import type {
  APIGatewayAuthorizerResult,
  APIGatewayProxyEvent,
  APIGatewayProxyResult,
  APIGatewayRequestAuthorizerEvent,
  Context,
} from 'aws-lambda';
import type { RouteDefinition } from '../lambdas/shared/route';
import { CORS_REQUEST_HEADERS } from '../lambdas/shared/cors';
import { toRequestId } from '../lambdas/shared/envelope';
import { rateLimitFigures, rateVerdict } from '../lambdas/domain/rate-limits';
import { tierLimits } from '../lambdas/domain/tiers';
import { gatewayErrors } from '../lib/api/gateway-responses';
import { DomainError, Internal, MethodNotAllowed, NotFound, PayloadTooLarge, TooManyRequests } from '../lambdas/domain/errors';
import { principalFrom } from '../lambdas/shared/principal';
import { errorResult } from '../lambdas/shared/reply';
import { authorizerEvent, type IncomingRequest, lambdaContext, proxyEvent } from './gateway-event';
import type { IpRateLimiter } from './ip-rate-limiter';
import { compileRoutes, matchRoute } from './route-matcher';
import type { TokenBuckets } from './token-buckets';

/**
 * What API Gateway does in front of the handlers, done the same way locally: route matching,
 * the authorizer on protected routes (its context passed on as `requestContext.authorizer`),
 * and gateway errors (unknown route, wrong method, refused credentials) in the envelope.
 */

export type ProxyHandler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;
export type AuthorizerHandler = (event: APIGatewayRequestAuthorizerEvent) => Promise<APIGatewayAuthorizerResult>;

/** Runs the authorizer and handler of one request (the call counter's scope, in bench and test mode). */
export type RequestScope = (
  requestId: string,
  route: string,
  serve: () => Promise<APIGatewayProxyResult>,
) => Promise<APIGatewayProxyResult>;

export interface Gateway {
  handle: (request: IncomingRequest) => Promise<APIGatewayProxyResult>;
}

/** The CORS preflight API Gateway answers on every resource deployed (dev's `*` origins). */
const preflight = (allowed: string[], gatewayRequestId: string): APIGatewayProxyResult => ({
  statusCode: 204,
  headers: {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': [...allowed, 'OPTIONS'].join(', '),
    'Access-Control-Allow-Headers': CORS_REQUEST_HEADERS.join(', '),
    'Access-Control-Max-Age': '3600',
    'X-Request-Id': toRequestId(gatewayRequestId),
  },
  body: '',
});

/**
 * API Gateway's own answer of `type` (lib/api/gateway-responses.ts), as the deployed gateway gives it:
 * the ones emulated here answer the status their code maps to (a test holds them to it).
 */
const gatewayAnswer = (type: string): DomainError => {
  const answer = gatewayErrors.find((e) => e.type === type);
  if (!answer) throw new Error(`no gateway response ${type}`);
  return new DomainError(
    answer.code,
    answer.message,
    undefined,
    answer.retryAfterSeconds ? { retryAfterSeconds: answer.retryAfterSeconds } : {},
  );
};

/**
 * Lambda's limit on a synchronous invocation's payload: the whole proxy event as JSON (a binary
 * body base64-encoded in it), not just the body. API Gateway itself takes 10 MB (server.ts).
 */
export const LAMBDA_SYNC_PAYLOAD_BYTES = 6 * 1024 * 1024;

/**
 * What API Gateway's usage plans do deployed: refuse a workspace over its tier's daily quota, and
 * throttle it with its plan's token bucket (the tier's rate a second, its burst), answering as the
 * gateway's THROTTLED response does. `buckets` is null when the runtime runs unthrottled.
 */
const enforceUsagePlan = (context: Record<string, string>, buckets: TokenBuckets | null): void => {
  const principal = principalFrom(context);
  if (!principal?.usage || !principal.tier || !principal.workspace_id) return;
  // The per-minute rate is the bucket's, below; the verdict here is the daily quota's.
  const state = { tier: principal.tier, usedToday: principal.usage.day, usedThisMinute: 0, now: new Date() };
  const verdict = rateVerdict(state);
  if (!verdict.allowed) {
    throw new TooManyRequests(
      'RATE_LIMIT_EXCEEDED',
      `this workspace has used its ${principal.tier} tier's requests for today; retry after the reset or upgrade the tier`,
      verdict.retryAfterSeconds,
      rateLimitFigures(state),
    );
  }
  const limits = tierLimits[principal.tier];
  if (buckets && !buckets.take(principal.workspace_id, limits.requestsPerMinute / 60, limits.burst)) throw gatewayAnswer('THROTTLED');
};

const limitPublic = (limiter: IpRateLimiter, ip: string): void => {
  const retryAfter = limiter.retryAfter(ip);
  if (retryAfter !== null)
    throw new TooManyRequests('RATE_LIMIT_EXCEEDED', 'too many requests from this address; retry shortly', retryAfter);
};

export const createGateway = (
  routes: readonly RouteDefinition[],
  handlers: ReadonlyMap<RouteDefinition, ProxyHandler>,
  authorize: AuthorizerHandler,
  publicRateLimit: IpRateLimiter,
  usagePlanBuckets: TokenBuckets | null,
  around?: RequestScope,
): Gateway => {
  const compiled = compileRoutes(routes);

  const authorizeRequest = async (route: RouteDefinition, request: IncomingRequest, parameters: Record<string, string>) => {
    let result: APIGatewayAuthorizerResult;
    try {
      result = await authorize(authorizerEvent(route, request, parameters));
    } catch (error) {
      // API Gateway answers 401 only to the authorizer's own `Unauthorized`; any other failure is a 500.
      throw gatewayAnswer(error instanceof Error && error.message === 'Unauthorized' ? 'UNAUTHORIZED' : 'AUTHORIZER_FAILURE');
    }
    const allowed = result.policyDocument.Statement.every((s) => s.Effect === 'Allow');
    if (!allowed) throw gatewayAnswer('ACCESS_DENIED');
    const context = Object.fromEntries(Object.entries(result.context ?? {}).map(([k, v]) => [k, String(v)]));
    return { ...context, principalId: result.principalId };
  };

  return {
    handle: async (request) => {
      const gatewayRequestId = randomUUID();
      try {
        const match = matchRoute(compiled, request.method, request.path);
        if (match.kind === 'not-found') throw new NotFound(`no route matches ${request.method} ${request.path}; see /docs for the API`);
        if (match.kind === 'method-not-allowed' && request.method === 'OPTIONS') return preflight(match.allowed, gatewayRequestId);
        if (match.kind === 'method-not-allowed') throw new MethodNotAllowed(match.allowed);
        const { route, pathParameters } = match;
        const serve = async () => {
          const authorizer = route.auth === 'user' ? await authorizeRequest(route, request, pathParameters) : null;
          if (authorizer) enforceUsagePlan(authorizer, usagePlanBuckets);
          else limitPublic(publicRateLimit, request.sourceIp);
          const handler = handlers.get(route);
          if (!handler) throw new Internal();
          const event = proxyEvent(route, request, pathParameters, gatewayRequestId, authorizer);
          if (Buffer.byteLength(JSON.stringify(event)) > LAMBDA_SYNC_PAYLOAD_BYTES) {
            throw new PayloadTooLarge(LAMBDA_SYNC_PAYLOAD_BYTES, {
              what: 'the request, as the function receives it (a binary body base64-encoded),',
              field: 'body',
            });
          }
          return handler(event, lambdaContext(route, gatewayRequestId));
        };
        return await (around ? around(toRequestId(gatewayRequestId), `${route.method} ${route.path}`, serve) : serve());
      } catch (error) {
        return errorResult(error instanceof DomainError ? error : new Internal(), toRequestId(gatewayRequestId));
      }
    },
  };
};
