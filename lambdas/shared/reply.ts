import type { APIGatewayProxyResult } from 'aws-lambda';
import { errorBody, securityHeaders, successBody } from './envelope';
import type { DomainError, RateLimitFigures } from '../domain/errors';
import { ERROR_STATUS } from './error-status';

/** What a handler answers; `toResult` turns it into the gateway's result with the envelope and common headers. */
export type Reply =
  | { kind: 'json'; status: number; data: unknown; headers?: Record<string, string> }
  | { kind: 'raw'; status: number; body: string; contentType: string; base64?: boolean; headers?: Record<string, string> };

interface ReplyOptions {
  /** The resource's `version`, answered as `ETag: "<version>"`. */
  version?: number;
  headers?: Record<string, string>;
}

const json = (status: number, data: unknown, options: ReplyOptions = {}): Reply => ({
  kind: 'json',
  status,
  data,
  headers: {
    ...options.headers,
    ...(options.version === undefined ? {} : { ETag: `"${options.version}"` }),
  },
});

export const ok = (data: unknown, options?: ReplyOptions): Reply => json(200, data, options);
export const created = (data: unknown, location: string, options?: ReplyOptions): Reply =>
  json(201, data, { ...options, headers: { ...options?.headers, Location: location } });
export const accepted = (data: unknown, options?: ReplyOptions): Reply => json(202, data, options);
export const raw = (body: string, contentType: string, headers?: Record<string, string>): Reply => ({
  kind: 'raw',
  status: 200,
  body,
  contentType,
  headers,
});

export const toResult = (reply: Reply, requestId: string): APIGatewayProxyResult => {
  const common = { ...securityHeaders, 'X-Request-Id': requestId };
  if (reply.kind === 'raw') {
    return {
      statusCode: reply.status,
      headers: { ...common, 'Content-Type': reply.contentType, 'Cache-Control': 'public, max-age=300', ...reply.headers },
      body: reply.body,
      isBase64Encoded: reply.base64 ?? false,
    };
  }
  return {
    statusCode: reply.status,
    headers: { ...common, ...reply.headers },
    body: JSON.stringify(successBody(reply.data, requestId)),
  };
};

export const rateLimitHeaders = (figures: RateLimitFigures): Record<string, string> => ({
  'X-RateLimit-Limit': String(figures.limit),
  'X-RateLimit-Remaining': String(figures.remaining),
  'X-RateLimit-Reset': String(figures.resetAt),
});

/** An error's answer: the status its code maps to, and the headers its data calls for. */
export const errorResult = (error: DomainError, requestId: string): APIGatewayProxyResult => {
  const { retryAfterSeconds, allowed, rateLimit } = error.data;
  return {
    statusCode: ERROR_STATUS[error.code],
    headers: {
      ...securityHeaders,
      'X-Request-Id': requestId,
      ...(rateLimit ? rateLimitHeaders(rateLimit) : {}),
      ...(retryAfterSeconds === undefined ? {} : { 'Retry-After': String(retryAfterSeconds) }),
      ...(allowed ? { Allow: allowed.join(', ') } : {}),
    },
    body: JSON.stringify(errorBody(error.code, error.message, requestId, error.details)),
  };
};
