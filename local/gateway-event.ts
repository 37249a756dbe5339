import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { APIGatewayProxyEvent, APIGatewayRequestAuthorizerEvent, Context } from 'aws-lambda';
import { type RouteDefinition, routeId } from '../lambdas/shared/route';

/** REST API proxy events (payload 1.0) and authorizer events, shaped as API Gateway sends them. */

export const STAGE = 'local';
const ACCOUNT = '000000000000';
const API_ID = 'local';

export interface IncomingRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  sourceIp: string;
}

const TEXT_TYPES = /^(?:application\/(?:[\w.+-]+\+)?json|text\/|application\/x-www-form-urlencoded)/i;

const singleValue = <T>(multi: Record<string, T[]>): Record<string, T> | null => {
  const entries = Object.entries(multi).map(([k, v]) => [k, v[v.length - 1] as T] as const);
  return entries.length > 0 ? Object.fromEntries(entries) : null;
};

const headerMaps = (headers: IncomingHttpHeaders) => {
  const multi: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    multi[name] = Array.isArray(value) ? value : [value];
  }
  return { single: singleValue(multi) ?? {}, multi };
};

const queryMaps = (query: URLSearchParams) => {
  const multi: Record<string, string[]> = {};
  for (const [name, value] of query) (multi[name] ??= []).push(value);
  return { single: singleValue(multi), multi: Object.keys(multi).length > 0 ? multi : null };
};

export const methodArn = (route: RouteDefinition, path: string) =>
  `arn:aws:execute-api:local:${ACCOUNT}:${API_ID}/${STAGE}/${route.method}${path}`;

export const authorizerEvent = (
  route: RouteDefinition,
  request: IncomingRequest,
  pathParameters: Record<string, string>,
): APIGatewayRequestAuthorizerEvent => {
  const headers = headerMaps(request.headers);
  const query = queryMaps(request.query);
  return {
    type: 'REQUEST',
    methodArn: methodArn(route, request.path),
    resource: route.path,
    path: request.path,
    httpMethod: route.method,
    headers: headers.single,
    multiValueHeaders: headers.multi,
    queryStringParameters: query.single,
    multiValueQueryStringParameters: query.multi,
    pathParameters,
    stageVariables: null,
    requestContext: {} as APIGatewayRequestAuthorizerEvent['requestContext'],
  };
};

export const proxyEvent = (
  route: RouteDefinition,
  request: IncomingRequest,
  pathParameters: Record<string, string>,
  requestId: string,
  authorizer: Record<string, string> | null,
): APIGatewayProxyEvent => {
  const headers = headerMaps(request.headers);
  const query = queryMaps(request.query);
  const contentType = String(request.headers['content-type'] ?? '');
  const binary = request.body.length > 0 && !TEXT_TYPES.test(contentType);
  return {
    resource: route.path,
    path: request.path,
    httpMethod: route.method,
    headers: headers.single,
    multiValueHeaders: headers.multi,
    queryStringParameters: query.single,
    multiValueQueryStringParameters: query.multi,
    pathParameters: Object.keys(pathParameters).length > 0 ? pathParameters : null,
    stageVariables: null,
    body: request.body.length > 0 ? request.body.toString(binary ? 'base64' : 'utf8') : null,
    isBase64Encoded: binary,
    requestContext: {
      accountId: ACCOUNT,
      apiId: API_ID,
      authorizer,
      protocol: 'HTTP/1.1',
      httpMethod: route.method,
      path: `/${STAGE}${request.path}`,
      stage: STAGE,
      requestId,
      requestTimeEpoch: Date.now(),
      resourceId: routeId(route),
      resourcePath: route.path,
      identity: {
        sourceIp: request.sourceIp,
        userAgent: String(request.headers['user-agent'] ?? ''),
      } as APIGatewayProxyEvent['requestContext']['identity'],
    },
  };
};

export const lambdaContext = (route: RouteDefinition, requestId: string, timeoutMs = 29_000): Context => {
  const deadline = Date.now() + timeoutMs;
  const functionName = `agent-platform-local-${routeId(route)}`;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:${ACCOUNT}:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: requestId,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
};
