import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { flattenPrincipal, type Principal } from '../../lambdas/shared/principal';

/** Factories for the events API Gateway hands a handler, for tests that invoke handlers directly. */

export const aPrincipal = (overrides: Partial<Principal> = {}): Principal => ({
  user_id: 'user_test',
  email: 'test@example.com',
  auth_type: 'jwt',
  platform_admin: false,
  scopes: ['read', 'write', 'execute', 'admin'],
  workspace_id: `ws_TEST${Math.random().toString(36).slice(2, 12).toUpperCase()}`,
  role: 'owner',
  tier: 'free',
  requested_workspace_id: null,
  usage: null,
  ...overrides,
});

export const anEvent = (
  overrides: {
    method?: string;
    path?: string;
    body?: string | null;
    headers?: Record<string, string>;
    query?: Record<string, string> | null;
    pathParameters?: Record<string, string> | null;
    principal?: Principal | null;
  } = {},
): APIGatewayProxyEvent => ({
  resource: overrides.path ?? '/test',
  path: overrides.path ?? '/test',
  httpMethod: overrides.method ?? 'POST',
  headers: overrides.headers ?? { 'Content-Type': 'application/json' },
  multiValueHeaders: {},
  queryStringParameters: overrides.query ?? null,
  multiValueQueryStringParameters: null,
  pathParameters: overrides.pathParameters ?? null,
  stageVariables: null,
  body: overrides.body === undefined ? null : overrides.body,
  isBase64Encoded: false,
  requestContext: {
    requestId: crypto.randomUUID(),
    authorizer: overrides.principal === null ? null : flattenPrincipal(overrides.principal ?? aPrincipal()),
  } as unknown as APIGatewayProxyEvent['requestContext'],
});

export const aContext = (): Context => ({ getRemainingTimeInMillis: () => 29_000 }) as unknown as Context;
