import middy, { type MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import type { RouteDefinition } from './route';
import { DomainError, Forbidden, Internal, Unauthorized } from '../domain/errors';
import { rateLimitFigures } from '../domain/rate-limits';
import { corsHeaders } from './cors';
import { toRequestId } from './envelope';
import { ERROR_STATUS } from './error-status';
import {
  countMetric,
  currentLogger,
  flushMetrics,
  inRequestScope,
  type Logger,
  MetricUnit,
  REQUEST_METRICS,
  routeMetrics,
} from './observability';
import { type Principal, principalFrom, refusalFrom } from './principal';
import { assertWorkspaceHeader, requestedWorkspaceOf } from './workspace-header';
import { errorResult, rateLimitHeaders, type Reply, toResult } from './reply';
import { header, type ParsedInput, parseInput } from './request';

interface RequestContext {
  requestId: string;
  log: Logger;
  /** The version named by `If-Match`, when the client sent one. */
  ifMatch: number | undefined;
  event: APIGatewayProxyEvent;
}

/** What a handler receives: validated input, the verified principal and its request's logger. */
export type HttpRequest<R extends RouteDefinition> = ParsedInput<R> & RequestContext & { principal: Principal };
export type PublicRequest<R extends RouteDefinition> = ParsedInput<R> & RequestContext;

type Handler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;

/**
 * The one way an endpoint is written: declare the route, write `(request) => reply`.
 * Parsing, validation, scopes, idempotency, the envelope, error mapping and headers happen here.
 */
export const httpHandler = <R extends RouteDefinition>(route: R, handle: (request: HttpRequest<R>) => Promise<Reply>): Handler =>
  pipeline(route, (request) => {
    if (!request.principal) throw new Unauthorized();
    return handle(request as HttpRequest<R>);
  });

/** For `auth: 'none'` routes (health, docs): no principal. */
export const publicHandler = <R extends RouteDefinition>(route: R, handle: (request: PublicRequest<R>) => Promise<Reply>): Handler =>
  pipeline(route, handle);

const pipeline = <R extends RouteDefinition>(
  route: R,
  handle: (request: PublicRequest<R> & { principal: Principal | null }) => Promise<Reply>,
): Handler => {
  const requestMetrics = routeMetrics(route.handler);
  const handler = middy<APIGatewayProxyEvent, APIGatewayProxyResult>()
    .use(errorEnvelope())
    .handler(async (event) => {
      const requestId = toRequestId(event.requestContext?.requestId);
      const principal = principalFrom(event.requestContext?.authorizer);
      if (route.auth === 'user') {
        assertWorkspaceHeader(requestedWorkspaceOf(event));
        requireScopes(principal, route, refusalFrom(event.requestContext?.authorizer));
      }
      const input = parseInput(route, event);
      const run = async () =>
        toResult(
          await handle({ ...input, principal, requestId, log: currentLogger(), ifMatch: parseIfMatch(header(event, 'if-match')), event }),
          requestId,
        );
      // Scopes and validation first: a replay never skips them.
      return route.idempotent ? (await loadIdempotency()).withIdempotency(route, event, principal, run) : run();
    });
  return async (event, context) => {
    const started = Date.now();
    const principal = principalFrom(event.requestContext?.authorizer);
    const keys = {
      request_id: toRequestId(event.requestContext?.requestId),
      route: route.handler,
      workspace_id: principal?.workspace_id ?? null,
    };
    return inRequestScope(keys, context, async (log) => {
      requestMetrics.captureColdStartMetric(context?.functionName);
      try {
        const result = await handler(event, context);
        const duration = Date.now() - started;
        // One line per request, never the body: bodies may carry credentials.
        log.info('answered', { status: result.statusCode, duration_ms: duration });
        countRequest(requestMetrics, result.statusCode, duration);
        return { ...result, headers: { ...result.headers, ...rateHeaders(principal), ...corsHeaders(header(event, 'origin')) } };
      } finally {
        flushMetrics(requestMetrics);
      }
    });
  };
};

const countRequest = (requestMetrics: ReturnType<typeof routeMetrics>, status: number, durationMs: number): void => {
  requestMetrics.addMetric(REQUEST_METRICS.requests, MetricUnit.Count, 1);
  requestMetrics.addMetric(REQUEST_METRICS.errors, MetricUnit.Count, status >= 500 ? 1 : 0);
  requestMetrics.addMetric(REQUEST_METRICS.latency, MetricUnit.Milliseconds, durationMs);
};

/** X-RateLimit-* on every answer of a workspace-bound caller, from the counters the authorizer advanced. */
const rateHeaders = (principal: Principal | null): Record<string, string> =>
  principal?.usage && principal.tier
    ? rateLimitHeaders(
        rateLimitFigures({ tier: principal.tier, usedToday: principal.usage.day, usedThisMinute: principal.usage.minute, now: new Date() }),
      )
    : {};

const requireScopes = (principal: Principal | null, route: RouteDefinition, refusal: string | null): void => {
  if (!principal) throw new Unauthorized(refusal ?? undefined);
  const missing = route.scopes.filter((s) => !principal.scopes.includes(s) && !principal.scopes.includes('admin'));
  if (missing.length > 0) {
    throw new Forbidden(`this API key lacks the ${missing.join(', ')} scope needed for ${route.method} ${route.path}`, 'FORBIDDEN', [
      { field: 'scopes', issue: 'missing', missing },
    ]);
  }
};

/** `If-Match: "3"`, `W/"3"` or `3`; anything else is ignored as an unknown entity tag would be. */
const parseIfMatch = (value: string | undefined): number | undefined => {
  const match = value?.trim().match(/^(?:W\/)?"?(\d{1,15})"?$/);
  return match?.[1] ? Number(match[1]) : undefined;
};

/**
 * Loaded on first use: the idempotency store needs the table, and functions without table access
 * (docs, health of other stores) must not create its client or require its configuration at init.
 */
let idempotencyModule: Promise<typeof import('./idempotency')> | undefined;
const loadIdempotency = () => (idempotencyModule ??= import('./idempotency'));

const errorEnvelope = (): MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult> => ({
  onError: async (request) => {
    const requestId = toRequestId(request.event.requestContext?.requestId);
    const known = request.error instanceof DomainError;
    const log = currentLogger();
    if (known) {
      const { code, message, details } = request.error as DomainError;
      log.debug('refused', { code, message, details });
      if (ERROR_STATUS[code] === 429) countMetric('RateLimited');
      if (code === 'QUOTA_EXCEEDED') countMetric('QuotaExceeded');
    } else {
      log.error('unhandled error', request.error as Error);
    }
    request.response = errorResult(known ? (request.error as DomainError) : new Internal(), requestId);
  },
});
