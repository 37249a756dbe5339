import { z } from 'zod';
import { route } from '../../../lambdas/shared/route';
import { httpHandler } from '../../../lambdas/shared/http';
import { ok } from '../../../lambdas/shared/reply';
import { aContext, anEvent, aPrincipal } from '../../support/events';

const updateThing = route({
  method: 'PATCH',
  path: '/api/things/{thing}',
  handler: 'things/update',
  summary: 'test route',
  auth: 'user',
  scopes: ['write'],
  bodyLimit: 1024,
  body: z.strictObject({ name: z.string().min(1).max(10), settings: z.strictObject({ level: z.number().int() }).optional() }),
  query: z.strictObject({ dry_run: z.enum(['true', 'false']).optional() }),
  params: z.strictObject({ thing: z.string().regex(/^thing_/) }),
  response: { status: 200, description: 'updated' },
  access: { table: 'write' },
});

const handler = httpHandler(updateThing, async ({ body, query, params, ifMatch, principal }) =>
  ok({ body, query, params, if_match: ifMatch ?? null, user: principal?.user_id }, { version: 7 }),
);

const call = async (overrides: Parameters<typeof anEvent>[0] = {}) => {
  const res = await handler(
    anEvent({ method: 'PATCH', pathParameters: { thing: 'thing_1' }, body: '{"name":"a"}', ...overrides }),
    aContext(),
  );
  return { ...res, json: JSON.parse(res.body) };
};

describe('the request pipeline', () => {
  it('hands the handler validated input and answers in the envelope with ETag and X-Request-Id', async () => {
    const res = await call({
      headers: { 'content-type': 'application/json; charset=utf-8', 'If-Match': '"3"' },
      query: { dry_run: 'true' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json).toMatchObject({
      success: true,
      data: { body: { name: 'a' }, query: { dry_run: 'true' }, params: { thing: 'thing_1' }, if_match: 3 },
    });
    expect(res.headers).toMatchObject({ ETag: '"7"', 'X-Request-Id': res.json.meta.request_id });
  });

  it('answers 400 INVALID_INPUT for malformed JSON', async () => {
    const res = await call({ body: '{"name":' });
    expect(res.statusCode).toBe(400);
    expect(res.json.error).toMatchObject({ code: 'INVALID_INPUT', details: [{ field: 'body', issue: 'malformed JSON' }] });
  });

  it('answers 415 UNSUPPORTED_MEDIA_TYPE for a body that is not declared as JSON', async () => {
    const res = await call({ headers: { 'Content-Type': 'text/plain' } });
    expect(res.statusCode).toBe(415);
    expect(res.json.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers 413 PAYLOAD_TOO_LARGE over the route limit', async () => {
    const res = await call({ body: JSON.stringify({ name: 'a'.repeat(2000) }) });
    expect(res.statusCode).toBe(413);
    expect(res.json.error.details[0]).toMatchObject({ limit_bytes: 1024 });
  });

  it('names every unknown field, including nested ones, and every schema violation', async () => {
    const res = await call({ body: JSON.stringify({ name: '', colour: 'red', settings: { level: 1.5, extra: true } }) });
    expect(res.statusCode).toBe(400);
    const fields = res.json.error.details.map((d: { field: string }) => d.field).sort();
    expect(fields).toEqual(['colour', 'name', 'settings.extra', 'settings.level']);
    expect(res.json.error.details).toContainEqual({ field: 'colour', issue: 'unknown field' });
  });

  it('validates query and path parameters with the part named in the field', async () => {
    const bad = await call({ query: { dry_run: 'maybe', other: '1' }, pathParameters: { thing: 'nope' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json.error.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(['query.dry_run', 'query.other']));
  });

  it('refuses a caller without the route scope with 403 naming the missing scope', async () => {
    const res = await call({ principal: aPrincipal({ auth_type: 'api_key', scopes: ['read'] }) });
    expect(res.statusCode).toBe(403);
    expect(res.json.error).toMatchObject({ code: 'FORBIDDEN', details: [{ field: 'scopes', missing: ['write'] }] });
  });

  it('answers 401 on a protected route that reached the handler without a principal', async () => {
    const res = await call({ principal: null });
    expect(res.statusCode).toBe(401);
    expect(res.json.error.code).toBe('UNAUTHORIZED');
  });

  it('turns an unexpected failure into 500 INTERNAL without its message or stack', async () => {
    const failing = httpHandler({ ...updateThing, body: undefined, params: undefined, query: undefined }, async () => {
      throw new Error('connect ECONNREFUSED 10.0.0.1:8000 at Socket.secretInternals');
    });
    const res = await failing(anEvent({ method: 'PATCH' }), aContext());
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toMatch(/ECONNREFUSED|secretInternals|at /);
    expect(JSON.parse(res.body).error.code).toBe('INTERNAL');
  });
});
