import type { APIGatewayProxyEvent } from 'aws-lambda';
import { type z, ZodObject, type ZodType } from 'zod';
import { bodyLimitOf, type RouteDefinition } from './route';
import { ImmutableField, InvalidInput, PayloadTooLarge, UnsupportedMediaType } from '../domain/errors';
import { validate } from './validation';

type Out<S> = S extends ZodType ? z.output<S> : undefined;

export type ParsedInput<R extends RouteDefinition> =
  R extends RouteDefinition<infer B, infer Q, infer P> ? { body: Out<B>; query: Out<Q>; params: Out<P> } : never;

/** Header lookup as HTTP means it: case-insensitive. */
export const header = (event: { headers?: Record<string, string | undefined> | null }, name: string): string | undefined => {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(event.headers ?? {})) if (key.toLowerCase() === wanted) return value ?? undefined;
  return undefined;
};

export const rawBody = (event: Pick<APIGatewayProxyEvent, 'body' | 'isBase64Encoded'>): Buffer =>
  event.body ? Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8') : Buffer.alloc(0);

const parseJsonBody = (event: APIGatewayProxyEvent, limit: number): unknown => {
  const bytes = rawBody(event);
  if (bytes.length > limit) throw new PayloadTooLarge(limit);
  if (bytes.length === 0) return {};
  const contentType = header(event, 'content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType.trim())) throw new UnsupportedMediaType();
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new InvalidInput('the request body is not valid JSON', [{ field: 'body', issue: 'malformed JSON' }]);
  }
};

/** Query strings arrive as strings; a repeated parameter keeps its last value unless the schema asks for an array. */
const queryObject = (event: APIGatewayProxyEvent): Record<string, string> =>
  ({ ...(event.queryStringParameters ?? {}) }) as Record<string, string>;

/** `per_page` is another name for `limit` wherever a list takes `limit`: folded here so no handler sees two names. */
const withLimitAlias = (schema: ZodType, query: Record<string, string>): Record<string, string> => {
  const { per_page: perPage, ...rest } = query;
  if (perPage === undefined || !(schema instanceof ZodObject) || !('limit' in schema.shape)) return query;
  if (rest.limit !== undefined) {
    throw new InvalidInput('per_page is another name for limit; send one of them', [
      { field: 'query.per_page', issue: 'sent together with limit' },
    ]);
  }
  return { ...rest, limit: perPage };
};

export const parseInput = <R extends RouteDefinition>(route: R, event: APIGatewayProxyEvent): ParsedInput<R> => {
  const limit = bodyLimitOf(route);
  const body = route.body ? validate(route.body, refuseImmutable(route, parseJsonBody(event, limit)), 'body') : checkSize(event, limit);
  const query = route.query ? validate(route.query, withLimitAlias(route.query, queryObject(event)), 'query') : rejectUnknownQuery(event);
  const params = route.params ? validate(route.params, event.pathParameters ?? {}, 'path') : undefined;
  return { body, query, params } as ParsedInput<R>;
};

const refuseImmutable = (route: RouteDefinition, body: unknown): unknown => {
  if (!route.immutableFields || typeof body !== 'object' || body === null) return body;
  const named = route.immutableFields.filter((field) => Object.hasOwn(body, field));
  if (named.length > 0) throw new ImmutableField(named);
  return body;
};

const checkSize = (event: APIGatewayProxyEvent, limit: number): undefined => {
  if (rawBody(event).length > limit) throw new PayloadTooLarge(limit);
  return undefined;
};

const rejectUnknownQuery = (event: APIGatewayProxyEvent): undefined => {
  const names = Object.keys(event.queryStringParameters ?? {});
  if (names.length > 0) {
    throw new InvalidInput(
      'this endpoint takes no query parameters',
      names.map((n) => ({ field: `query.${n}`, issue: 'unknown parameter' })),
    );
  }
  return undefined;
};
