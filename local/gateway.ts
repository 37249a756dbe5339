import { randomUUID } from 'node:crypto';
import type { APIGatewayAuthorizerResult, APIGatewayProxyEvent, APIGatewayProxyResult, APIGatewayRequestAuthorizerEvent, Context } from 'aws-lambda';
import type { RouteDefinition } from '../lambdas/http/route';
import { CORS_REQUEST_HEADERS } from '../lambdas/shared/cors';
import { toRequestId } from '../lambdas/shared/envelope';
import { rateLimitHeaders, rateVerdict } from '../lambdas/domain/rate-limits';
import { ApiError, Forbidden, Internal, MethodNotAllowed, NotFound, TooManyRequests, Unauthorized } from '../lambdas/shared/errors';
import { principalFrom } from '../lambdas/shared/principal';
import { errorResult } from '../lambdas/shared/reply';
import { authorizerEvent, type IncomingRequest, lambdaContext, proxyEvent } from './gateway-event';
import type { IpRateLimiter } from './ip-rate-limiter';
import { compileRoutes, matchRoute } from './route-matcher';

/**
 * What API Gateway does in front of the handlers, done the same way locally: route matching,
 * the authorizer on protected routes (its context passed on as `requestContext.authorizer`),
 * and gateway errors (unknown route, wrong method, refused credentials) in the envelope.
 */

export type ProxyHandler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;
export type AuthorizerHandler = (event: APIGatewayRequestAuthorizerEvent) => Promise<APIGatewayAuthorizerResult>;

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

/** What API Gateway's usage plans do deployed: refuse a workspace over its tier's daily quota or per-minute rate. */
const enforceUsagePlan = (context: Record<string, string>): void => {
  const principal = principalFrom(context);
  if (!principal?.usage || !principal.tier) return;
  const state = { tier: principal.tier, usedToday: principal.usage.day, usedThisMinute: principal.usage.minute, now: new Date() };
  const verdict = rateVerdict(state);
  if (verdict.allowed) return;
  throw new TooManyRequests(
    'RATE_LIMIT_EXCEEDED',
    verdict.window === 'day'
      ? `this workspace has used its ${principal.tier} tier's requests for today; retry after the reset or upgrade the tier`
      : `this workspace is over its ${principal.tier} tier's requests per minute; slow down`,
    verdict.retryAfterSeconds,
    rateLimitHeaders(state),
  );
};

const limitPublic = (limiter: IpRateLimiter, ip: string): void => {
  const retryAfter = limiter.retryAfter(ip);
  if (retryAfter !== null) throw new TooManyRequests('RATE_LIMIT_EXCEEDED', 'too many requests from this address; retry shortly', retryAfter);
};

export const createGateway = (
  routes: readonly RouteDefinition[],
  handlers: ReadonlyMap<RouteDefinition, ProxyHandler>,
  authorize: AuthorizerHandler,
  publicRateLimit: IpRateLimiter,
): Gateway => {
  const compiled = compileRoutes(routes);

  const authorizeRequest = async (route: RouteDefinition, request: IncomingRequest, parameters: Record<string, string>) => {
    let result: APIGatewayAuthorizerResult;
    try {
      result = await authorize(authorizerEvent(route, request, parameters));
    } catch {
      throw new Unauthorized();
    }
    const allowed = result.policyDocument.Statement.every((s) => s.Effect === 'Allow');
    if (!allowed) throw new Forbidden('the caller is not allowed to use this resource');
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
        const authorizer = route.auth === 'user' ? await authorizeRequest(route, request, pathParameters) : null;
        if (authorizer) enforceUsagePlan(authorizer);
        else limitPublic(publicRateLimit, request.sourceIp);
        const handler = handlers.get(route);
        if (!handler) throw new Internal();
        const event = proxyEvent(route, request, pathParameters, gatewayRequestId, authorizer);
        return await handler(event, lambdaContext(route, gatewayRequestId));
      } catch (error) {
        return errorResult(error instanceof ApiError ? error : new Internal(), toRequestId(gatewayRequestId));
      }
    },
  };
};
