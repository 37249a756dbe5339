import type { ErrorCode } from '../../lambdas/domain/errors';
import { securityHeaders } from '../../lambdas/shared/envelope';

/**
 * The answers API Gateway gives on its own (no handler ran), in the envelope of API.md §1.
 *
 * Gateway response templates get plain `$context` substitution, no VTL, so two things differ
 * from a handler's envelope and cannot be helped:
 * - `meta.timestamp` is `$context.requestTimeEpoch` (milliseconds since the epoch, as a string):
 *   the only other clock, `$context.requestTime`, is in log format (`15/Jan/2026:10:30:00 +0000`),
 *   which no JSON client parses as a date either; epoch milliseconds at least parse everywhere.
 * - the `X-Request-Id` header is the bare `$context.requestId`: a header can map a context
 *   variable but not concatenate, so the `req_` prefix is only in the body's `meta.request_id`.
 */
export interface GatewayError {
  /** API Gateway's response type (`AWS::ApiGateway::GatewayResponse.ResponseType`). */
  type: string;
  /** Omitted: keep the status API Gateway chose (the DEFAULT_* catch-alls cover several). */
  status?: number;
  code: ErrorCode;
  message: string;
  retryAfterSeconds?: number;
}

export const NOT_FOUND_MESSAGE = 'no endpoint has this method and path; see /docs for the endpoints';

export const gatewayErrors: readonly GatewayError[] = [
  {
    type: 'DEFAULT_4XX',
    code: 'INVALID_INPUT',
    message: 'the request was refused before reaching the API; check its method, path, headers and body against /docs',
  },
  { type: 'DEFAULT_5XX', code: 'INTERNAL', message: 'something went wrong on our side; retry, and quote the request id if it persists' },
  {
    type: 'BAD_REQUEST_BODY',
    status: 400,
    code: 'INVALID_INPUT',
    message: 'the request body is not valid for this endpoint; see /docs for its schema',
  },
  {
    type: 'BAD_REQUEST_PARAMETERS',
    status: 400,
    code: 'INVALID_INPUT',
    message: 'a required header, path or query parameter is missing; see /docs for this endpoint',
  },
  {
    type: 'UNAUTHORIZED',
    status: 401,
    code: 'UNAUTHORIZED',
    message: 'send a valid bearer token (Authorization: Bearer <JWT>) or a workspace API key (X-API-Key)',
  },
  { type: 'ACCESS_DENIED', status: 403, code: 'FORBIDDEN', message: 'these credentials do not allow this request' },
  {
    type: 'INVALID_API_KEY',
    status: 403,
    code: 'FORBIDDEN',
    message: 'this workspace has no active plan for its API key; contact support',
  },
  // API Gateway's answer to a path or method it has no route for: not an auth problem, a 404.
  { type: 'MISSING_AUTHENTICATION_TOKEN', status: 404, code: 'NOT_FOUND', message: NOT_FOUND_MESSAGE },
  { type: 'RESOURCE_NOT_FOUND', status: 404, code: 'NOT_FOUND', message: NOT_FOUND_MESSAGE },
  {
    type: 'REQUEST_TOO_LARGE',
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: 'the request body is larger than this endpoint accepts; send a smaller body',
  },
  {
    type: 'THROTTLED',
    status: 429,
    code: 'RATE_LIMIT_EXCEEDED',
    message: 'too many requests; slow down and retry after the Retry-After delay',
    retryAfterSeconds: 1,
  },
  // Daily quotas reset at 00:00 UTC; an hour is a coarse but safe hint (the usage endpoint has the exact figures).
  {
    type: 'QUOTA_EXCEEDED',
    status: 429,
    code: 'RATE_LIMIT_EXCEEDED',
    message: "today's request quota of this workspace's tier is spent; retry tomorrow or upgrade the tier",
    retryAfterSeconds: 3600,
  },
  // Most WAF blocks are the per-IP rate rules; the managed rule groups' blocks (attack signatures) share this answer.
  {
    type: 'WAF_FILTERED',
    status: 429,
    code: 'RATE_LIMIT_EXCEEDED',
    message:
      'refused by the firewall: too many requests from this address (retry in a minute) or a request matching a known attack pattern',
    retryAfterSeconds: 60,
  },
  // The gateway's own statuses for a function that did not answer: a handler's INTERNAL is always 500.
  {
    type: 'INTEGRATION_TIMEOUT',
    status: 504,
    code: 'INTERNAL',
    message: 'the request took too long to answer; retry, and quote the request id if it persists',
  },
  {
    type: 'INTEGRATION_FAILURE',
    status: 502,
    code: 'INTERNAL',
    message: 'something went wrong on our side; retry, and quote the request id if it persists',
  },
  {
    type: 'AUTHORIZER_FAILURE',
    status: 500,
    code: 'INTERNAL',
    message: 'credentials could not be checked just now; retry, and quote the request id if it persists',
  },
  {
    type: 'AUTHORIZER_CONFIGURATION_ERROR',
    status: 500,
    code: 'INTERNAL',
    message: 'credentials could not be checked just now; retry, and quote the request id if it persists',
  },
];

/** The envelope with API Gateway's substitutions; also used by the MOCK root method. */
export const gatewayErrorBody = (code: string, message: string): string =>
  JSON.stringify({
    success: false,
    error: { code, message },
    meta: { timestamp: '$context.requestTimeEpoch', request_id: 'req_$context.requestId' },
  });

/**
 * `Access-Control-Allow-Origin` for responses API Gateway writes itself, which cannot pick an
 * origin from a list. Only a configured origin is ever named: the first one (the main web app).
 * Echoing the caller's `Origin` would let any site read these answers (and their request ids).
 */
export const gatewayAllowOrigin = (allowOrigins: readonly string[]): string => `'${allowOrigins[0]}'`;

/** Header mappings for every gateway response: request id, security headers, CORS. */
export const gatewayErrorHeaders = (error: GatewayError, allowOrigins: readonly string[]): Record<string, string> => ({
  ...Object.fromEntries(Object.entries(securityHeaders).map(([name, value]) => [name, `'${value}'`])),
  'X-Request-Id': 'context.requestId',
  'Access-Control-Allow-Origin': gatewayAllowOrigin(allowOrigins),
  ...(error.retryAfterSeconds ? { 'Retry-After': `'${error.retryAfterSeconds}'` } : {}),
});
