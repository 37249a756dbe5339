import type { ErrorDetail } from '../domain/errors';

/** The response envelope of API.md §1, shared by handlers, the authorizer's gateway responses and the local server. */

export interface Meta {
  timestamp: string;
  request_id: string;
}

export interface Pagination {
  page: number;
  limit: number;
  /** null: a filtered count that would have read past its budget (agent lists in very large workspaces). */
  total: number | null;
  pages: number | null;
  next_cursor: string | null;
}

export const meta = (requestId: string, now: Date = new Date()): Meta => ({
  timestamp: now.toISOString(),
  request_id: requestId,
});

export const successBody = (data: unknown, requestId: string) => ({ success: true as const, data, meta: meta(requestId) });

export const errorBody = (code: string, message: string, requestId: string, details?: ErrorDetail[]) => ({
  success: false as const,
  error: details && details.length > 0 ? { code, message, details } : { code, message },
  meta: meta(requestId),
});

export const pagination = (p: { page: number; limit: number; total: number | null; nextCursor: string | null }): Pagination => ({
  page: p.page,
  limit: p.limit,
  total: p.total,
  pages: p.total === null ? null : Math.max(1, Math.ceil(p.total / p.limit)),
  next_cursor: p.nextCursor,
});

/** Headers every response carries, whoever produced it (handler, gateway response, local server). */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Type': 'application/json; charset=utf-8',
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** The contract shows `req_…`; gateway responses build the same form from `$context.requestId`. */
export const toRequestId = (gatewayRequestId: string | undefined): string => `req_${gatewayRequestId ?? crypto.randomUUID()}`;
