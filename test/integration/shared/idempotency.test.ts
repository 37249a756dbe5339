import { z } from 'zod';
import { route } from '../../../lambdas/shared/route';
import { httpHandler } from '../../../lambdas/shared/http';
import { created } from '../../../lambdas/shared/reply';
import { Conflict } from '../../../lambdas/domain/errors';
import { aContext, anEvent, aPrincipal } from '../../support/events';

const createThing = route({
  method: 'POST',
  path: '/api/things',
  handler: 'things/create',
  summary: 'test route',
  auth: 'user',
  scopes: ['write'],
  idempotent: true,
  body: z.strictObject({ name: z.string() }),
  response: { status: 201, description: 'created' },
  access: { table: 'write' },
});

const setup = (definition: typeof createThing = createThing) => {
  let calls = 0;
  const handler = httpHandler(definition, async ({ body }) => {
    calls += 1;
    if (body.name === 'fail') throw new Conflict('NAME_TAKEN', 'taken');
    return created({ thing: { name: body.name, n: calls, secret: `sk_${calls}_${crypto.randomUUID()}` } }, `/api/things/${calls}`);
  });
  return { handler, calls: () => calls };
};

const post = (principal: ReturnType<typeof aPrincipal>, key: string | undefined, name: string, path = '/api/things') =>
  anEvent({
    principal,
    path,
    body: JSON.stringify({ name }),
    headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}) },
  });

describe('Idempotency-Key', () => {
  it('replays the first response for the same key and body without running the handler again', async () => {
    const { handler, calls } = setup();
    const principal = aPrincipal();
    const first = await handler(post(principal, 'key-1', 'a'), aContext());
    const again = await handler(post(principal, 'key-1', 'a'), aContext());
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.body).toBe(first.body);
    expect(again.headers?.['Idempotent-Replayed']).toBe('true');
    expect(calls()).toBe(1);
  });

  it('answers 422 IDEMPOTENCY_KEY_REUSED for the same key with a different body', async () => {
    const { handler } = setup();
    const principal = aPrincipal();
    await handler(post(principal, 'key-2', 'a'), aContext());
    const reused = await handler(post(principal, 'key-2', 'b'), aContext());
    expect(reused.statusCode).toBe(422);
    expect(JSON.parse(reused.body).error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('scopes keys to the workspace: another workspace using the same key runs its own request', async () => {
    const { handler, calls } = setup();
    await handler(post(aPrincipal(), 'shared-key', 'a'), aContext());
    const other = await handler(post(aPrincipal(), 'shared-key', 'a'), aContext());
    expect(other.headers?.['Idempotent-Replayed']).toBeUndefined();
    expect(calls()).toBe(2);
  });

  it('releases the key when the request fails, so a corrected retry runs', async () => {
    const { handler, calls } = setup();
    const principal = aPrincipal();
    const failed = await handler(post(principal, 'key-3', 'fail'), aContext());
    expect(failed.statusCode).toBe(409);
    const retried = await handler(post(principal, 'key-3', 'ok'), aContext());
    expect(retried.statusCode).toBe(201);
    expect(calls()).toBe(2);
  });

  it("another caller in the same workspace replaying a member's key runs their own request and never sees the first answer", async () => {
    const { handler, calls } = setup();
    const admin = aPrincipal({ user_id: 'user_admin', role: 'admin' });
    const first = await handler(post(admin, 'stolen-key', 'a'), aContext());
    const other = await handler(
      post({ ...admin, user_id: 'user_member', email: 'member@example.com', role: 'member' }, 'stolen-key', 'a'),
      aContext(),
    );
    expect(other.headers?.['Idempotent-Replayed']).toBeUndefined();
    expect(other.body).not.toBe(first.body);
    expect(calls()).toBe(2);
  });

  it('a caller whose role changed since the first request is authorized afresh, not replayed', async () => {
    const { handler, calls } = setup();
    const admin = aPrincipal({ role: 'admin' });
    await handler(post(admin, 'demoted-key', 'a'), aContext());
    const demoted = await handler(post({ ...admin, role: 'member' }, 'demoted-key', 'a'), aContext());
    expect(demoted.headers?.['Idempotent-Replayed']).toBeUndefined();
    expect(calls()).toBe(2);
  });

  it('checks scopes before replaying: the same caller without the route scope gets 403, not the stored answer', async () => {
    const { handler } = setup();
    const principal = aPrincipal({ auth_type: 'api_key', user_id: 'key_test', role: 'admin', scopes: ['write'] });
    await handler(post(principal, 'scoped-key', 'a'), aContext());
    const readOnly = await handler(post({ ...principal, scopes: ['read'] }, 'scoped-key', 'a'), aContext());
    expect(readOnly.statusCode).toBe(403);
    expect(readOnly.body).not.toContain('sk_');
  });

  it('scopes keys to the concrete path: the same key on another path runs its own request', async () => {
    const { handler, calls } = setup();
    const principal = aPrincipal();
    await handler(post(principal, 'path-key', 'a', '/api/things/one'), aContext());
    const other = await handler(post(principal, 'path-key', 'a', '/api/things/two'), aContext());
    expect(other.headers?.['Idempotent-Replayed']).toBeUndefined();
    expect(calls()).toBe(2);
  });

  it('never stores an answer that carries a secret: its replay answers 409 SECRET_SHOWN_ONCE without the secret', async () => {
    const { handler, calls } = setup({ ...createThing, secretResponse: true });
    const principal = aPrincipal();
    const first = await handler(post(principal, 'secret-key', 'a'), aContext());
    const secret = JSON.parse(first.body).data.thing.secret as string;
    const replay = await handler(post(principal, 'secret-key', 'a'), aContext());
    expect(replay.statusCode).toBe(409);
    expect(JSON.parse(replay.body).error).toMatchObject({ code: 'SECRET_SHOWN_ONCE', message: expect.stringContaining('shown once') });
    expect(replay.body).not.toContain(secret);
    expect(calls()).toBe(1);
  });

  it('without the header every request runs', async () => {
    const { handler, calls } = setup();
    const principal = aPrincipal();
    await handler(post(principal, undefined, 'a'), aContext());
    await handler(post(principal, undefined, 'a'), aContext());
    expect(calls()).toBe(2);
  });

  it('refuses a key that is not printable ASCII with 400', async () => {
    const { handler } = setup();
    const res = await handler(post(aPrincipal(), 'x'.repeat(256), 'a'), aContext());
    expect(res.statusCode).toBe(400);
  });
});
