import { BREAKER_THRESHOLD } from '../../../lambdas/domain/webhooks/breaker';
import { api } from '../../support/api-client';
import { aUser, aWorkspace, type TestUser } from '../../support/fixtures';
import { receiverPool } from '../../support/webhook-receiver';
import { aWebhook, anEventDetail, publishOnBus, type TestWebhook } from '../../support/webhooks';
import { waitUntil } from '../../support/wait-until';

/** Each endpoint's breaker: a dead receiver stops being attempted for a while, and other tenants' deliveries do not wait on it. */

const { receiver, closeAll } = receiverPool();
afterAll(closeAll);

const created = (ws: string) =>
  anEventDetail('agent.created', ws, { agent_id: 'agent_1', name: 'Helper', slug: 'helper', role: 'custom', created_by: 'user_1' });

interface DeliveryRow {
  id: string;
  status: string;
  attempts: number;
  next_attempt_at: string | null;
}

const deliveriesOf = async (owner: TestUser, webhook: TestWebhook): Promise<DeliveryRow[]> =>
  (await api.get(`/api/webhooks/${webhook.id}/deliveries?limit=100`, { token: owner.token })).body.data?.deliveries ?? [];

const circuitOf = async (owner: TestUser, webhook: TestWebhook) =>
  (await api.get(`/api/webhooks/${webhook.id}`, { token: owner.token })).body.data.webhook.circuit;

describe('the per-endpoint breaker', () => {
  it(`opens after ${BREAKER_THRESHOLD} failed attempts in a row; its deliveries then wait unattempted, ` +
    "while another workspace's healthy endpoint gets its deliveries promptly", async () => {
    const owner = await aUser('owner');
    const ws = await aWorkspace(owner);
    const dead = await receiver([503]);
    const webhook = await aWebhook(ws, dead.url);
    for (let i = 0; i < BREAKER_THRESHOLD; i += 1) await publishOnBus(created(ws));

    const circuit = await waitUntil(
      () => circuitOf(owner, webhook),
      (c) => c.state === 'open',
    );
    expect(circuit).toEqual({ state: 'open', until: expect.any(String) });
    expect(Date.parse(circuit.until) - Date.now()).toBeGreaterThan(30_000);

    // More events while it is open: recorded, put off to the end of the cool-down, never sent.
    for (let i = 0; i < 3; i += 1) await publishOnBus(created(ws));
    const other = await aUser('other');
    const otherWs = await aWorkspace(other);
    const healthy = await receiver();
    await aWebhook(otherWs, healthy.url);
    await publishOnBus(created(otherWs));
    await healthy.waitFor(1);
    expect(healthy.received).toHaveLength(1);
    // Long before the dead endpoint's cool-down ends.
    expect(healthy.received[0]!.at).toBeLessThan(Date.parse(circuit.until));

    const deferred = await waitUntil(
      () => deliveriesOf(owner, webhook),
      (rows) => rows.length === BREAKER_THRESHOLD + 3 && rows.every((d) => d.next_attempt_at === circuit.until),
    );
    expect(deferred.filter((d) => d.attempts === 0)).toHaveLength(3);
    expect(deferred.filter((d) => d.attempts === 0).every((d) => d.status === 'pending')).toBe(true);
    // Every request the dead receiver saw is a recorded attempt: none was made off the books while it was open.
    expect(dead.received).toHaveLength(deferred.reduce((sum, d) => sum + d.attempts, 0));
  }, 60_000);

  it('after a cool-down lets one attempt probe while the deliveries held back keep waiting, ' +
    'and opens again for twice as long when it fails', async () => {
    const owner = await aUser('owner');
    const ws = await aWorkspace(owner);
    const dead = await receiver([503]);
    const ended = new Date(Date.now() - 1_000).toISOString();
    const webhook = await aWebhook(ws, dead.url, {
      breaker: { circuit_failures: BREAKER_THRESHOLD, circuit_open_until: ended, circuit_opens: 1 },
    });
    // The probe stays in flight until the others have been seen waiting.
    dead.hold();
    for (let i = 0; i < 3; i += 1) await publishOnBus(created(ws));
    await dead.waitFor(1);
    const held = await waitUntil(
      () => deliveriesOf(owner, webhook),
      (rows) => rows.length === 3 && rows.filter((d) => d.attempts === 0 && d.next_attempt_at !== null).length === 2,
    );
    expect(held.filter((d) => d.attempts === 0 && d.next_attempt_at !== null)).toHaveLength(2);
    expect(dead.received).toHaveLength(1);

    dead.release();
    const reopened = await waitUntil(
      () => circuitOf(owner, webhook),
      (c) => c.state === 'open' && Date.parse(c.until) - Date.now() > 60_000,
    );
    // Its second opening: 2 min.
    expect(Date.parse(reopened.until) - Date.now()).toBeGreaterThan(100_000);
    expect(Date.parse(reopened.until) - Date.now()).toBeLessThanOrEqual(120_000);
    expect(dead.received).toHaveLength(1);
  }, 60_000);

  it("still sends a person's test to an endpoint whose breaker is open, and a success closes it", async () => {
    const owner = await aUser('owner');
    const ws = await aWorkspace(owner);
    const back = await receiver([204]);
    const until = new Date(Date.now() + 60 * 60_000).toISOString();
    const webhook = await aWebhook(ws, back.url, {
      breaker: { circuit_failures: BREAKER_THRESHOLD, circuit_open_until: until, circuit_opens: 1 },
    });
    expect(await circuitOf(owner, webhook)).toEqual({ state: 'open', until });

    const res = await api.post(`/api/webhooks/${webhook.id}/test`, undefined, { token: owner.token });
    expect(res.status).toBe(202);
    await back.waitFor(1);
    expect(
      await waitUntil(
        () => circuitOf(owner, webhook),
        (c) => c.state === 'closed',
      ),
    ).toEqual({ state: 'closed' });
  });

  it('shows a closed breaker on a new endpoint, and answers 400 IMMUTABLE_FIELD to a PATCH of it', async () => {
    const owner = await aUser('owner');
    await aWorkspace(owner);
    const created201 = await api.post('/api/webhooks', { url: 'https://hooks.example.com/in', events: ['*'] }, { token: owner.token });
    expect(created201.body.data.webhook.circuit).toEqual({ state: 'closed' });
    const patch = await api.patch(
      `/api/webhooks/${created201.body.data.webhook.id}`,
      { circuit: { state: 'closed' } },
      { token: owner.token },
    );
    expect({ status: patch.status, code: patch.body.error.code }).toEqual({ status: 400, code: 'IMMUTABLE_FIELD' });
  });
});
