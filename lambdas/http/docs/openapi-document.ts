import * as z from 'zod';
import type { ZodType } from 'zod';
import { platformInfo } from '../../shared/platform';
import { bodyLimitOf, type RouteDefinition, routeDomain, routeId } from '../../shared/route';
import { errorResponses, openApiComponents, refs } from './openapi-components';
import { openApiWebhooks, webhookComponents } from './openapi-webhooks';

/** The OpenAPI 3.1 document, generated from the route table and its zod schemas: one source for docs and validation. */

type JsonSchema = Record<string, unknown>;

const jsonSchema = (schema: ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

/** From the function id, which stays with the route when its handler file moves: `agents-files-list` → `agentsFilesList`. */
const operationId = (r: RouteDefinition) => routeId(r).replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

const pathParameters = (r: RouteDefinition) => {
  const names = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
  const properties = r.params ? ((jsonSchema(r.params, 'input').properties ?? {}) as Record<string, JsonSchema>) : {};
  return names.map((name) => ({ name, in: 'path', required: true, schema: properties[name] ?? { type: 'string' } }));
};

const queryParameters = (r: RouteDefinition) => {
  if (!r.query) return [];
  const schema = jsonSchema(r.query, 'input');
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>).map(([name, s]) => ({
    name,
    in: 'query',
    required: required.has(name),
    ...(typeof s.description === 'string' ? { description: s.description } : {}),
    schema: s,
  }));
};

const headerParameters = (r: RouteDefinition) => [
  ...(r.auth === 'user' ? [refs.parameter('WorkspaceHeader')] : []),
  ...(r.idempotent ? [refs.parameter('IdempotencyKeyHeader')] : []),
  ...(r.method === 'PUT' || r.method === 'PATCH' ? [refs.parameter('IfMatchHeader')] : []),
];

const successResponse = (r: RouteDefinition) => {
  const headers = refs.commonHeaders(r.auth === 'user');
  if (r.kind === 'raw') {
    return { description: r.response.description, headers, content: { [r.response.contentType ?? 'application/octet-stream']: {} } };
  }
  const envelope = {
    type: 'object',
    required: ['success', 'data', 'meta'],
    additionalProperties: false,
    properties: {
      success: { const: true },
      data: r.response.data ? jsonSchema(r.response.data, 'output') : { type: 'object' },
      meta: refs.schema('Meta'),
    },
  };
  return { description: r.response.description, headers, content: { 'application/json': { schema: envelope } } };
};

const operation = (r: RouteDefinition) => ({
  operationId: operationId(r),
  tags: [routeDomain(r)],
  summary: r.summary,
  ...(r.description ? { description: r.description } : {}),
  security: r.auth === 'user' ? [{ bearerAuth: [] }, { apiKeyAuth: [] }] : [],
  parameters: [...pathParameters(r), ...queryParameters(r), ...headerParameters(r)],
  ...(r.body
    ? {
        requestBody: {
          required: true,
          description: `JSON, at most ${bodyLimitOf(r)} bytes. Unknown fields are refused.`,
          content: { 'application/json': { schema: jsonSchema(r.body, 'input') } },
        },
      }
    : {}),
  ...(r.rawBody
    ? {
        requestBody: {
          required: true,
          description: `The file's bytes as they are, with their own Content-Type; at most ${bodyLimitOf(r)} bytes.`,
          content: { '*/*': { schema: { type: 'string', format: 'binary' } } },
        },
      }
    : {}),
  responses: {
    [String(r.response.status)]: successResponse(r),
    ...Object.fromEntries(
      (r.response.alternatives ?? []).map((a) => [String(a.status), successResponse({ ...r, response: { ...r.response, ...a } })]),
    ),
    ...Object.fromEntries(errorResponses(r).map(([status, codes]) => [String(status), refs.routeResponse(status, codes)])),
  },
});

export const buildOpenApiDocument = (routes: readonly RouteDefinition[]) => {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    paths[r.path] = { ...paths[r.path], [r.method.toLowerCase()]: operation(r) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Agent Platform API',
      version: platformInfo.version,
      description: [
        'Create, configure, run and graduate AI agents.',
        'Every response uses the envelope `{success, data | error, meta}` and carries `X-Request-Id`.',
        'Each error code answers one status (`x-error-codes`);',
        'API Gateway itself answers 502 or 504 `INTERNAL` when a function fails or does not answer in time.',
      ].join(' '),
    },
    servers: [{ url: '/' }],
    tags: [...new Set(routes.map(routeDomain))].map((name) => ({ name })),
    paths,
    webhooks: openApiWebhooks,
    components: {
      ...openApiComponents,
      parameters: { ...openApiComponents.parameters, ...webhookComponents.parameters },
      schemas: { ...openApiComponents.schemas, ...webhookComponents.schemas },
    },
  };
};
