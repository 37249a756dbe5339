import type { RouteDefinition } from '../route';

/** Shared pieces of the OpenAPI document: envelope schemas, common headers and parameters, error responses. */

const errorDescriptions: Record<number, string> = {
  400: 'INVALID_INPUT (malformed JSON, schema violation, unknown field, bad query parameter or cursor) or IMMUTABLE_FIELD',
  401: 'UNAUTHORIZED: missing, invalid or expired token or API key',
  403: 'FORBIDDEN, AGENT_LIMIT_EXCEEDED, GOVERNANCE_VIOLATION, QUOTA_EXCEEDED or BUDGET_EXCEEDED',
  404: 'NOT_FOUND (or a resource-specific *_NOT_FOUND): absent, deleted, or in another workspace',
  405: 'METHOD_NOT_ALLOWED: the path exists but not with this method (`Allow` lists the methods)',
  409: 'NAME_TAKEN, AGENT_BUSY, INVALID_TRANSITION, GRADUATION_IN_PROGRESS, IDEMPOTENCY_IN_PROGRESS or SECRET_SHOWN_ONCE (a replayed Idempotency-Key whose first answer carried a secret)',
  412: 'VERSION_CONFLICT: `If-Match` does not match the current version',
  413: "PAYLOAD_TOO_LARGE: the body exceeds the endpoint's limit",
  415: 'UNSUPPORTED_MEDIA_TYPE: the body is not sent as application/json',
  422: 'A domain rule refused a well-formed request (e.g. IDEMPOTENCY_KEY_REUSED, MODEL_NOT_ALLOWED, NOT_ELIGIBLE, WEBHOOK_HOST_LIMIT)',
  429: 'RATE_LIMIT_EXCEEDED or CONCURRENCY_LIMIT (`Retry-After` says when to retry)',
  500: 'INTERNAL: never with internal detail; quote the request id to support',
  502: 'EXECUTION_FAILED: the model provider or a tool failed',
  503: 'SERVICE_UNAVAILABLE: a dependency is not answering',
};

export const errorStatuses = (r: RouteDefinition): number[] => {
  // Any request may carry a body, even a GET, so any route may answer 413.
  const statuses = new Set([400, 404, 413, 429, 500, ...(r.errors ?? [])]);
  if (r.auth === 'user') [401, 403].forEach((s) => statuses.add(s));
  if (r.body) statuses.add(415);
  if (r.idempotent) [409, 422].forEach((s) => statuses.add(s));
  if (r.method === 'PUT' || r.method === 'PATCH') statuses.add(412);
  return [...statuses].sort();
};

const headerSchema = (description: string, type = 'string') => ({ description, schema: { type } });

export const refs = {
  schema: (name: string) => ({ $ref: `#/components/schemas/${name}` }),
  parameter: (name: string) => ({ $ref: `#/components/parameters/${name}` }),
  response: (status: number) => ({ $ref: `#/components/responses/Error${status}` }),
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
      description:
        "RS256 JWT from the configured issuer: with Cognito, the ID token (it carries the audience and email the API checks). `X-Workspace-ID` selects the workspace; without it, the caller's earliest membership.",
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
      description:
        'Retried requests with the same key and body replay the first response for 24 h, only to the same caller (same role and scopes) on the same path and workspace, after authorization and validation; an answer that carried a secret is never stored and its replay answers 409 SECRET_SHOWN_ONCE',
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
          description:
            'ISO-8601 UTC with milliseconds. Errors produced by API Gateway itself (throttling, refused credentials before the authorizer answers) carry epoch milliseconds instead: gateway responses cannot format dates.',
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
            code: { type: 'string', pattern: '^[A-Z_]+$' },
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
