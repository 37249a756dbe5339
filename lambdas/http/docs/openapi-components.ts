import { ERROR_CODES, type ErrorCode } from '../../domain/errors';
import { ERROR_STATUS } from '../../shared/error-status';
import type { RouteDefinition } from '../../shared/route';

/** Shared pieces of the OpenAPI document: envelope schemas, common headers and parameters, error responses. */

const codes = Object.keys(ERROR_CODES) as ErrorCode[];

/** Each error status's description: the codes it carries and when, from the catalogue and the status table. */
const errorDescriptions: Record<number, string> = Object.fromEntries(
  [...new Set(Object.values(ERROR_STATUS))].sort().map((status) => [
    status,
    codes
      .filter((code) => ERROR_STATUS[code] === status)
      .map((code) => `${code}: ${ERROR_CODES[code]}`)
      .join('; '),
  ]),
);

/** The codes every route of its kind can answer: the gateway's, the request pipeline's and the idempotency store's. */
export const commonErrorCodes = (r: RouteDefinition): ErrorCode[] => [
  // Any request may carry a body, even a GET, so any route may answer 413.
  'INVALID_INPUT',
  'NOT_FOUND',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMIT_EXCEEDED',
  'INTERNAL',
  ...(r.auth === 'user' ? (['UNAUTHORIZED', 'FORBIDDEN'] as const) : []),
  ...(r.body ? (['UNSUPPORTED_MEDIA_TYPE'] as const) : []),
  ...(r.immutableFields ? (['IMMUTABLE_FIELD'] as const) : []),
  ...(r.idempotent ? (['IDEMPOTENCY_IN_PROGRESS', 'IDEMPOTENCY_KEY_REUSED'] as const) : []),
  ...(r.idempotent && r.secretResponse ? (['SECRET_SHOWN_ONCE'] as const) : []),
];

/** Each status the route can answer with the codes it answers under it (statuses from the one table). */
export const errorResponses = (r: RouteDefinition): [number, ErrorCode[]][] => {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of new Set([...commonErrorCodes(r), ...(r.errors ?? [])])) {
    const status = ERROR_STATUS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return [...byStatus.entries()].sort(([a], [b]) => a - b);
};

const headerSchema = (description: string, type = 'string') => ({ description, schema: { type } });

export const refs = {
  schema: (name: string) => ({ $ref: `#/components/schemas/${name}` }),
  parameter: (name: string) => ({ $ref: `#/components/parameters/${name}` }),
  /** The status's shared response (each code and when), described by the codes this route answers under it. */
  routeResponse: (status: number, codes: readonly ErrorCode[]) => ({
    $ref: `#/components/responses/Error${status}`,
    description: codes.join(', '),
  }),
  commonHeaders: (rateLimited: boolean) => ({
    'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' },
    ...(rateLimited
      ? {
          'X-RateLimit-Limit': { $ref: '#/components/headers/X-RateLimit-Limit' },
          'X-RateLimit-Remaining': { $ref: '#/components/headers/X-RateLimit-Remaining' },
          'X-RateLimit-Reset': { $ref: '#/components/headers/X-RateLimit-Reset' },
        }
      : {}),
  }),
};

export const openApiComponents = {
  securitySchemes: {
    bearerAuth: {
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description: [
        'RS256 JWT from the configured issuer: with Cognito, the ID token (it carries the audience and email the API checks).',
        "`X-Workspace-ID` selects the workspace; without it, the caller's earliest membership.",
      ].join(' '),
    },
    apiKeyAuth: {
      type: 'apiKey',
      in: 'header',
      name: 'X-API-Key',
      description: 'A workspace API key (`ap_live_…`), bound to its workspace and limited by its scopes: read, write, execute, admin.',
    },
  },
  headers: {
    'X-Request-Id': headerSchema('The request id, also in `meta.request_id`'),
    'X-RateLimit-Limit': headerSchema("The workspace tier's daily request quota", 'integer'),
    'X-RateLimit-Remaining': headerSchema('Requests left today', 'integer'),
    'X-RateLimit-Reset': headerSchema('When the daily quota resets (epoch seconds)', 'integer'),
    'Retry-After': headerSchema('Seconds to wait before retrying', 'integer'),
  },
  parameters: {
    WorkspaceHeader: {
      name: 'X-Workspace-ID',
      in: 'header',
      required: false,
      description: "Selects the workspace for JWT callers (default: the caller's earliest membership)",
      schema: { type: 'string', pattern: '^ws_[0-9A-HJKMNP-TV-Z]{26}$' },
    },
    IdempotencyKeyHeader: {
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: [
        'Retried requests with the same key and body replay the first response for 24 h, only to the same caller',
        '(same role and scopes) on the same path and workspace, after authorization and validation;',
        'an answer that carried a secret is never stored and its replay answers 409 SECRET_SHOWN_ONCE',
      ].join(' '),
      schema: { type: 'string', minLength: 1, maxLength: 255 },
    },
    IfMatchHeader: {
      name: 'If-Match',
      in: 'header',
      required: false,
      description: 'The `ETag` (version) the update applies to; a stale one answers 412',
      schema: { type: 'string' },
    },
  },
  schemas: {
    Meta: {
      type: 'object',
      required: ['timestamp', 'request_id'],
      additionalProperties: false,
      properties: {
        timestamp: {
          type: 'string',
          description: [
            'ISO-8601 UTC with milliseconds.',
            'Errors produced by API Gateway itself (throttling, refused credentials before the authorizer answers)',
            'carry epoch milliseconds instead: gateway responses cannot format dates.',
          ].join(' '),
        },
        request_id: { type: 'string', pattern: '^req_' },
      },
    },
    Pagination: {
      type: 'object',
      required: ['page', 'limit', 'total', 'pages', 'next_cursor'],
      additionalProperties: false,
      properties: {
        page: { type: 'integer', minimum: 1 },
        limit: { type: 'integer', minimum: 1, maximum: 100 },
        total: { type: 'integer', minimum: 0 },
        pages: { type: 'integer', minimum: 1 },
        next_cursor: { type: ['string', 'null'] },
      },
    },
    ErrorEnvelope: {
      type: 'object',
      required: ['success', 'error', 'meta'],
      additionalProperties: false,
      properties: {
        success: { const: false },
        error: {
          type: 'object',
          required: ['code', 'message'],
          additionalProperties: false,
          properties: {
            code: {
              type: 'string',
              pattern: '^[A-Z_]+$',
              description: 'One of the codes below; each error response lists the codes of its status',
              'x-error-codes': Object.fromEntries(codes.map((code) => [code, { status: ERROR_STATUS[code], when: ERROR_CODES[code] }])),
            },
            message: { type: 'string', minLength: 1 },
            details: {
              type: 'array',
              items: { type: 'object', required: ['issue'], properties: { field: { type: 'string' }, issue: { type: 'string' } } },
            },
          },
        },
        meta: { $ref: '#/components/schemas/Meta' },
      },
    },
  },
  responses: Object.fromEntries(
    Object.entries(errorDescriptions).map(([status, description]) => [
      `Error${status}`,
      {
        description,
        headers: {
          'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' },
          ...(status === '429' ? { 'Retry-After': { $ref: '#/components/headers/Retry-After' } } : {}),
        },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelope' } } },
      },
    ]),
  ),
};
