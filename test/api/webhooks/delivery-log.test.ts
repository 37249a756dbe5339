import { Webhook } from 'standardwebhooks';
import { getWebhook } from '../../../lambdas/data/webhooks';
import { api } from '../../support/api-client';
import { aMember, anApiKey, aUser, aWorkspace, type TestUser } from '../../support/fixtures';
import { aReceiver, type Receiver } from '../../support/webhook-receiver';
import { aWebhook, anEventDetail, publishOnBus, type TestWebhook } from '../../support/webhooks';
import { waitUntil } from '../../support/wait-until';

/**
 * The delivery log and its actions: test, list, one delivery with its attempts,
 * redeliver; owners and admins of the webhook's workspace only.
 */

const receivers: Receiver[] = [];
afterAll(() => Promise.all(receivers.map((r) => r.close())));

const setUp = async (statuses?: number[]) => {
  const owner = await aUser('owner');
  const ws = await aWorkspace(owner);
  const receiver = await aReceiver(statuses);
  receivers.push(receiver);
  const webhook = await aWebhook(ws, receiver.url);
  return { owner, ws, receiver, webhook };
};

const deliveryOf = (owner: TestUser, webhook: TestWebhook, id: string) =>
  api.get(`/api/webhooks/${webhook.id}/deliveries/${id}`, { token: owner.token });
const settled = (res: { body: { data?: { delivery?: { status: string } } } }) =>
  ['delivered', 'failed'].includes(res.body.data?.delivery?.status ?? '');

describe('POST /api/webhooks/{webhook}/test', () => {
  it('sends a signed webhook.test event to this endpoint and answers 202 with its delivery', async () => {
    const { owner, ws, receiver, webhook } = await setUp();
    const res = await api.post(`/api/webhooks/${webhook.id}/test`, undefined, { token: owner.token });
    expect(res.status).toBe(202);
    expect(res.body.data.delivery).toMatchObject({ webhook_id: webhook.id, event: 'webhook.test', status: 'pending', attempts: 0 });
    const [request] = await receiver.waitFor(1);
    const body = new Webhook(webhook.secrets[0] as string).verify(request?.body ?? '', {
      'webhook-id': String(request?.headers['webhook-id']),
      'webhook-timestamp': String(request?.headers['webhook-timestamp']),
      'webhook-signature': String(request?.headers['webhook-signature']),
    });
    expect(body).toMatchObject({ event: 'webhook.test', workspace_id: ws, data: { webhook_id: webhook.id, message: expect.any(String) } });
    const done = await waitUntil(() => deliveryOf(owner, webhook, res.body.data.delivery.id), settled);
    expect(done.body.data.delivery).toMatchObject({ status: 'delivered', attempts: 1, last_status_code: 204 });
  });

  it('makes one attempt only when the endpoint fails', async () => {
    const { owner, webhook } = await setUp([500]);
    const res = await api.post(`/api/webhooks/${webhook.id}/test`, undefined, { token: owner.token });
    const done = await waitUntil(() => deliveryOf(owner, webhook, res.body.data.delivery.id), settled);
    expect(done.body.data.delivery).toMatchObject({ status: 'failed', attempts: 1, next_attempt_at: null });
  });
  it('sends to a disabled endpoint too, and its failure leaves the endpoint as it is', async () => {
    const owner = await aUser('owner');
    const ws = await aWorkspace(owner);
    const receiver = await aReceiver([410]);
    receivers.push(receiver);
    const webhook = await aWebhook(ws, receiver.url, { enabled: false });
    const res = await api.post(`/api/webhooks/${webhook.id}/test`, undefined, { token: owner.token });
    const done = await waitUntil(() => deliveryOf(owner, webhook, res.body.data.delivery.id), settled);
    expect(done.body.data.delivery).toMatchObject({ status: 'failed', attempts: 1, last_status_code: 410 });
    expect(await getWebhook(ws, webhook.id)).toMatchObject({ enabled: false, disabled_reason: null });
  });
});

describe('POST /api/webhooks/{webhook}/deliveries/{delivery}/redeliver', () => {
  it('makes a new attempt of a delivered delivery, with the same webhook-id', async () => {
    const { owner, receiver, webhook } = await setUp();
    const test = await api.post(`/api/webhooks/${webhook.id}/test`, undefined, { token: owner.token });
    const id = test.body.data.delivery.id as string;
    await waitUntil(() => deliveryOf(owner, webhook, id), settled);
    const res = await api.post(`/api/webhooks/${webhook.id}/deliveries/${id}/redeliver`, undefined, { token: owner.token });
    expect(res.status).toBe(202);
    const requests = await receiver.waitFor(2);
    expect(requests[1]?.headers['webhook-id']).toBe(requests[0]?.headers['webhook-id']);
    const done = await waitUntil(
      () => deliveryOf(owner, webhook, id),
      (r) => r.body.data.attempts.length === 2,
    );
    expect(done.body.data.attempts.map((a: { number: number; status_code: number }) => [a.number, a.status_code])).toEqual([
      [1, 204],
      [2, 204],
    ]);
  });

  it('queues one attempt for concurrent redeliveries of one delivery: one 202, the rest 409', async () => {
    const { owner, receiver, webhook } = await setUp();
    const test = await api.post(`/api/webhooks/${webhook.id}/test`, undefined, { token: owner.token });
    const id = test.body.data.delivery.id as string;
    await waitUntil(() => deliveryOf(owner, webhook, id), settled);
    // The winner's attempt stays in flight until every request is answered, so none comes after it settled.
    receiver.hold();
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        api.post(`/api/webhooks/${webhook.id}/deliveries/${id}/redeliver`, undefined, { token: owner.token }),
      ),
    );
    receiver.release();
    expect(answers.map((a) => a.status).sort()).toEqual([202, 409, 409, 409, 409, 409, 409, 409]);
    const done = await waitUntil(
      () => deliveryOf(owner, webhook, id),
      (r) => r.body.data.attempts.length === 2 && settled(r),
    );
    expect(done.body.data.attempts).toHaveLength(2);
    expect(receiver.received).toHaveLength(2);
  });

  it('redelivers a failed delivery', async () => {
    const { owner, receiver, webhook } = await setUp([500, 200]);
    const test = await api.post(`/api/webhooks/${webhook.id}/test`, undefined, { token: owner.token });
    const id = test.body.data.delivery.id as string;
    const failed = await waitUntil(() => deliveryOf(owner, webhook, id), settled);
    expect(failed.body.data.delivery.status).toBe('failed');
    const res = await api.post(`/api/webhooks/${webhook.id}/deliveries/${id}/redeliver`, undefined, { token: owner.token });
    expect(res.status).toBe(202);
    await receiver.waitFor(2);
    const done = await waitUntil(
      () => deliveryOf(owner, webhook, id),
      (r) => r.body.data.delivery.status === 'delivered',
    );
    expect(done.body.data.delivery).toMatchObject({ status: 'delivered', attempts: 2, last_status_code: 200 });
  });

  it('answers 409 INVALID_TRANSITION while the delivery is still being retried', async () => {
    const { owner, ws, webhook } = await setUp([500]);
    await publishOnBus(anEventDetail('agent.deleted', ws, { agent_id: 'agent_1', name: 'Helper', slug: 'helper', deleted_by: 'user_1' }));
    const list = await waitUntil(
      () => api.get(`/api/webhooks/${webhook.id}/deliveries`, { token: owner.token }),
      (r) => r.body.data.deliveries[0]?.status === 'retrying',
    );
    const res = await api.post(`/api/webhooks/${webhook.id}/deliveries/${list.body.data.deliveries[0].id}/redeliver`, undefined, {
      token: owner.token,
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('INVALID_TRANSITION');
  });
});

describe('GET /api/webhooks/{webhook}/deliveries/{delivery}', () => {
  it('answers 404 for an id that is only a prefix of a delivery or names one of its attempts, and redelivers neither', async () => {
    const { owner, webhook } = await setUp();
    const test = await api.post(`/api/webhooks/${webhook.id}/test`, undefined, { token: owner.token });
    const id = test.body.data.delivery.id as string;
    await waitUntil(() => deliveryOf(owner, webhook, id), settled);
    for (const probe of ['dlv_', id.slice(0, 10), `${id}%23ATTEMPT%23001`]) {
      expect((await deliveryOf(owner, webhook, probe)).status).toBe(404);
      expect((await api.post(`/api/webhooks/${webhook.id}/deliveries/${probe}/redeliver`, undefined, { token: owner.token })).status).toBe(
        404,
      );
    }
  });
});

describe('GET /api/webhooks/{webhook}/deliveries', () => {
  it('lists newest first and filters by status and event', async () => {
    const { owner, ws, receiver, webhook } = await setUp([500, 200]);
    await api.post(`/api/webhooks/${webhook.id}/test`, undefined, { token: owner.token });
    await receiver.waitFor(1);
    await publishOnBus(anEventDetail('agent.deleted', ws, { agent_id: 'agent_1', name: 'Helper', slug: 'helper', deleted_by: 'user_1' }));
    const all = await waitUntil(
      () => api.get(`/api/webhooks/${webhook.id}/deliveries`, { token: owner.token }),
      (r) =>
        r.body.data.deliveries.length === 2 &&
        r.body.data.deliveries.every((d: { status: string }) => d.status === 'failed' || d.status === 'delivered'),
    );
    expect(all.body.data.deliveries.map((d: { event: string }) => d.event)).toEqual(['agent.deleted', 'webhook.test']);
    expect(all.body.data.pagination).toMatchObject({ total: 2, next_cursor: null });
    const failed = await api.get(`/api/webhooks/${webhook.id}/deliveries?status=failed`, { token: owner.token });
    expect(failed.body.data.deliveries.map((d: { event: string }) => d.event)).toEqual(['webhook.test']);
    const deleted = await api.get(`/api/webhooks/${webhook.id}/deliveries?event=agent.deleted`, { token: owner.token });
    expect(deleted.body.data.deliveries.map((d: { status: string }) => d.status)).toEqual(['delivered']);
    expect(deleted.body.data.pagination.total).toBeNull();
  });

  it('pages with a cursor', async () => {
    const { owner, receiver, webhook } = await setUp();
    for (let i = 0; i < 3; i += 1) await api.post(`/api/webhooks/${webhook.id}/test`, undefined, { token: owner.token });
    await receiver.waitFor(3);
    const first = await api.get(`/api/webhooks/${webhook.id}/deliveries?limit=2`, { token: owner.token });
    expect(first.body.data.deliveries).toHaveLength(2);
    const second = await api.get(`/api/webhooks/${webhook.id}/deliveries?limit=2&cursor=${first.body.data.pagination.next_cursor}`, {
      token: owner.token,
    });
    expect(second.body.data.deliveries).toHaveLength(1);
  });

  it('refuses an unknown status with 400 INVALID_INPUT', async () => {
    const { owner, webhook } = await setUp();
    const res = await api.get(`/api/webhooks/${webhook.id}/deliveries?status=lost`, { token: owner.token });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_INPUT');
  });
});

describe('who reaches the delivery log', () => {
  it("answers 404 for another workspace's webhook and delivery, on every route", async () => {
    const { owner, webhook } = await setUp();
    const test = await api.post(`/api/webhooks/${webhook.id}/test`, undefined, { token: owner.token });
    const id = test.body.data.delivery.id as string;
    const stranger = await aUser('stranger');
    const theirs = await aWebhook(await aWorkspace(stranger), 'http://127.0.0.1:9/hooks');
    const calls = [
      api.post(`/api/webhooks/${webhook.id}/test`, undefined, { token: stranger.token }),
      api.get(`/api/webhooks/${webhook.id}/deliveries`, { token: stranger.token }),
      api.get(`/api/webhooks/${webhook.id}/deliveries/${id}`, { token: stranger.token }),
      api.post(`/api/webhooks/${webhook.id}/deliveries/${id}/redeliver`, undefined, { token: stranger.token }),
      // Their own webhook, our delivery: a delivery is only found under the webhook it belongs to.
      api.get(`/api/webhooks/${theirs.id}/deliveries/${id}`, { token: stranger.token }),
      api.post(`/api/webhooks/${theirs.id}/deliveries/${id}/redeliver`, undefined, { token: stranger.token }),
    ];
    for (const res of await Promise.all(calls)) {
      expect(res.status).toBe(404);
      expect(res.body.error.code).toMatch(/NOT_FOUND$/);
    }
  });

  it('refuses members (403) and API keys without the admin scope, and lets an admin-scoped key in', async () => {
    const { owner, ws, webhook } = await setUp();
    const member = await aMember(owner, ws, 'member');
    expect(
      (await api.get(`/api/webhooks/${webhook.id}/deliveries`, { token: member.token, headers: { 'X-Workspace-ID': ws } })).status,
    ).toBe(403);
    const readKey = await anApiKey(owner, ws, ['read']);
    expect((await api.get(`/api/webhooks/${webhook.id}/deliveries`, { apiKey: readKey.secret })).status).toBe(403);
    const adminKey = await anApiKey(owner, ws, ['read', 'admin']);
    expect((await api.get(`/api/webhooks/${webhook.id}/deliveries`, { apiKey: adminKey.secret })).status).toBe(200);
  });
});
