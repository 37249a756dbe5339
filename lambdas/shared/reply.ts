import type { APIGatewayProxyResult } from 'aws-lambda';
import { errorBody, securityHeaders, successBody } from './envelope';
import type { ApiError } from './errors';

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

export const errorResult = (error: ApiError, requestId: string): APIGatewayProxyResult => ({
  statusCode: error.status,
  headers: { ...securityHeaders, 'X-Request-Id': requestId, ...error.headers },
  body: JSON.stringify(errorBody(error.code, error.message, requestId, error.details)),
});
