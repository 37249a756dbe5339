import { Webhook } from 'standardwebhooks';
import { aUser, aWorkspace } from '../../support/fixtures';
import { receiverPool } from '../../support/webhook-receiver';
import { aWebhook, anEventDetail, publishOnBus } from '../../support/webhooks';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { getWebhook } from '../../../lambdas/data/webhooks';
import { OUTBOX_PREFIX } from '../../../lambdas/data/keys';
import { ddb, tableName } from '../../../lambdas/data/table';
import { api } from '../../support/api-client';
import { waitUntil } from '../../support/wait-until';

/** Events on the bus reach each subscribed endpoint of their workspace, signed per Standard Webhooks, retried until they land. */

const { receiver, closeAll } = receiverPool();
afterAll(closeAll);

const created = (ws: string) =>
  anEventDetail('agent.created', ws, { agent_id: 'agent_1', name: 'Helper', slug: 'helper', role: 'custom', created_by: 'user_1' });

const headersOf = (r: { headers: Record<string, string | string[] | undefined> }) => ({
  'webhook-id': String(r.headers['webhook-id']),
  'webhook-timestamp': String(r.headers['webhook-timestamp']),
  'webhook-signature': String(r.headers['webhook-signature']),
});

describe('webhook delivery', () => {
  it('delivers an event to a subscribed endpoint with a signature the reference library verifies', async () => {
    const owner = await aUser('owner');
    const ws = await aWorkspace(owner);
    const target = await receiver();
    const webhook = await aWebhook(ws, target.url, { events: ['agent.created'] });
    const detail = created(ws);
    await publishOnBus(detail);
    const [request] = await target.waitFor(1);
    expect(request).toBeDefined();
    const verified = new Webhook(webhook.secrets[0] as string).verify(request?.body ?? '', headersOf(request as never));
    expect(verified).toEqual(detail);
    expect(request?.headers['webhook-id']).toBe(detail.id);
  });

  it('does not deliver to endpoints of other workspaces, disabled ones or ones not subscribed to the event', async () => {
    const owner = await aUser('owner');
    const [ws, other] = [await aWorkspace(owner), await aWorkspace(owner, 'Other')];
    const target = await receiver();
    const elsewhere = await receiver();
    await aWebhook(ws, target.url, { events: ['agent.created'] });
    await aWebhook(other, elsewhere.url);
    await aWebhook(ws, elsewhere.url, { enabled: false });
    await aWebhook(ws, elsewhere.url, { events: ['agent.deleted'] });
    await publishOnBus(created(ws));
    await target.waitFor(1);
    // A second event through the same path: once it arrived, the first had every chance to go astray.
    await publishOnBus(created(ws));
    await target.waitFor(2);
    expect(elsewhere.received).toHaveLength(0);
  });

  it('drops an event whose detail has no id rather than sending something receivers cannot de-duplicate', async () => {
    const owner = await aUser('owner');
    const ws = await aWorkspace(owner);
    const target = await receiver();
    await aWebhook(ws, target.url);
    const { id: _dropped, ...withoutId } = created(ws);
    await publishOnBus(withoutId as never);
    const detail = created(ws);
    await publishOnBus(detail);
    await target.waitFor(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(target.received.map((r) => r.headers['webhook-id'])).toEqual([detail.id]);
  });

  it('signs with both secrets while two are live, and each verifies', async () => {
    const owner = await aUser('owner');
    const ws = await aWorkspace(owner);
    const target = await receiver();
    const webhook = await aWebhook(ws, target.url, { secrets: 2 });
    await publishOnBus(created(ws));
    const [request] = await target.waitFor(1);
    expect(String(request?.headers['webhook-signature']).split(' ')).toHaveLength(2);
    for (const secret of webhook.secrets)
      expect(() => new Webhook(secret).verify(request?.body ?? '', headersOf(request as never))).not.toThrow();
  });

  it('retries a failing receiver until it succeeds: one delivery, four attempts, the same webhook-id each time', async () => {
    const owner = await aUser('owner');
    const ws = await aWorkspace(owner);
    const target = await receiver([500, 503, 502, 200]);
    const webhook = await aWebhook(ws, target.url);
    const detail = created(ws);
    await publishOnBus(detail);
    const requests = await target.waitFor(4, 30_000);
    expect(requests.map((r) => r.headers['webhook-id'])).toEqual([detail.id, detail.id, detail.id, detail.id]);
    const list = await waitUntil(
      () => api.get(`/api/webhooks/${webhook.id}/deliveries`, { token: owner.token }),
      (res) => res.body.data?.deliveries?.[0]?.status === 'delivered',
    );
    expect(list.body.data.deliveries).toHaveLength(1);
    expect(list.body.data.deliveries[0]).toMatchObject({ status: 'delivered', attempts: 4, last_status_code: 200, event_id: detail.id });
    const one = await api.get(`/api/webhooks/${webhook.id}/deliveries/${list.body.data.deliveries[0].id}`, { token: owner.token });
    expect(one.body.data.attempts.map((a: { status_code: number }) => a.status_code)).toEqual([500, 503, 502, 200]);
    expect(one.body.data.attempts[0]).toMatchObject({
      number: 1,
      error: 'answered HTTP 500',
      next_attempt_at: expect.any(String),
      latency_ms: expect.any(Number),
    });
    expect(one.body.data.attempts[3]).toMatchObject({ number: 4, error: null, next_attempt_at: null });
    // The success ended the endpoint's failing streak.
    expect(await getWebhook(ws, webhook.id)).toMatchObject({ enabled: true, failing_since: null });
  });

  it('sends an event to an endpoint answering 400 exactly once: the delivery fails, saying why it is not retried', async () => {
    const owner = await aUser('owner');
    const ws = await aWorkspace(owner);
    const target = await receiver([400, 204]);
    const webhook = await aWebhook(ws, target.url);
    await publishOnBus(created(ws));
    const list = await waitUntil(
      () => api.get(`/api/webhooks/${webhook.id}/deliveries`, { token: owner.token }),
      (res) => res.body.data?.deliveries?.[0]?.status === 'failed',
    );
    // Settled as failed after its first attempt: no retry was queued, so the receiver has seen its last request.
    expect(list.body.data.deliveries[0]).toMatchObject({ status: 'failed', attempts: 1, last_status_code: 400, next_attempt_at: null });
    const one = await api.get(`/api/webhooks/${webhook.id}/deliveries/${list.body.data.deliveries[0].id}`, { token: owner.token });
    expect(one.body.data.attempts).toEqual([
      expect.objectContaining({
        number: 1,
        status_code: 400,
        next_attempt_at: null,
        error: 'answered HTTP 400; not retried: only no answer, 408, 409, 425, 429 and 5xx are',
      }),
    ]);
    expect(target.received).toHaveLength(1);
  });

  it('records a 302 to another host as a failed attempt and never follows it', async () => {
    const owner = await aUser('owner');
    const ws = await aWorkspace(owner);
    const elsewhere = await receiver();
    const target = await receiver([302], { Location: elsewhere.url.replace('127.0.0.1', 'localhost') });
    const webhook = await aWebhook(ws, target.url);
    await publishOnBus(created(ws));
    const list = await waitUntil(
      () => api.get(`/api/webhooks/${webhook.id}/deliveries`, { token: owner.token }),
      (res) => res.body.data?.deliveries?.[0]?.status === 'failed',
    );
    const one = await api.get(`/api/webhooks/${webhook.id}/deliveries/${list.body.data.deliveries[0].id}`, { token: owner.token });
    expect(one.body.data.attempts).toEqual([
      expect.objectContaining({
        status_code: 302,
        error: expect.stringMatching(/^answered HTTP 302 \(redirects are never followed\); not retried/),
      }),
    ]);
    expect(target.received).toHaveLength(1);
    expect(elsewhere.received).toHaveLength(0);
  });

  it('shows a receiver that refuses connections as connection_refused, not the socket library’s message', async () => {
    const owner = await aUser('owner');
    const ws = await aWorkspace(owner);
    const gone = await receiver();
    await gone.close();
    const refused = await aWebhook(ws, gone.url);
    await publishOnBus(created(ws));
    const first = await waitUntil(
      () => api.get(`/api/webhooks/${refused.id}/deliveries`, { token: owner.token }),
      (res) => (res.body.data?.deliveries?.[0]?.attempts ?? 0) >= 1,
    );
    const one = await api.get(`/api/webhooks/${refused.id}/deliveries/${first.body.data.deliveries[0].id}`, { token: owner.token });
    expect(one.body.data.attempts[0]).toMatchObject({ status_code: null, error: 'connection_refused', response_body: null });
    expect(JSON.stringify(one.body)).not.toContain('ECONNREFUSED');
  });

  it('retries an endpoint answering 429 until it takes the event', async () => {
    const owner = await aUser('owner');
    const ws = await aWorkspace(owner);
    const target = await receiver([429, 204]);
    const webhook = await aWebhook(ws, target.url);
    await publishOnBus(created(ws));
    await target.waitFor(2);
    const list = await waitUntil(
      () => api.get(`/api/webhooks/${webhook.id}/deliveries`, { token: owner.token }),
      (res) => res.body.data?.deliveries?.[0]?.status === 'delivered',
    );
    expect(list.body.data.deliveries[0]).toMatchObject({ status: 'delivered', attempts: 2 });
  });

  it('disables an endpoint whose attempts have all failed for 5 days', async () => {
    const owner = await aUser('owner');
    const ws = await aWorkspace(owner);
    const target = await receiver([500]);
    const failingSince = new Date(Date.now() - 5 * 24 * 60 * 60 * 1000 - 1000).toISOString();
    const webhook = await aWebhook(ws, target.url, { failingSince });
    await publishOnBus(created(ws));
    const endpoint = await waitUntil(
      () => getWebhook(ws, webhook.id),
      (w) => w?.enabled === false,
    );
    expect(endpoint).toMatchObject({ enabled: false, disabled_reason: 'failing', failing_since: failingSince });
    expect(target.received).toHaveLength(1);
  });

  it('disables an endpoint that answers 410 Gone and emits webhook.disabled', async () => {
    const owner = await aUser('owner');
    const ws = await aWorkspace(owner);
    const target = await receiver([410]);
    const webhook = await aWebhook(ws, target.url);
    await publishOnBus(created(ws));
    await target.waitFor(1);
    const endpoint = await waitUntil(
      () => getWebhook(ws, webhook.id),
      (w) => w?.enabled === false,
    );
    expect(endpoint).toMatchObject({ enabled: false, disabled_reason: 'gone', version: 2 });
    // The event is written to the outbox in the endpoint's transaction; the table's stream relays it to the bus.
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await ddb.send(
        new ScanCommand({
          TableName: tableName,
          FilterExpression: 'begins_with(PK, :outbox) AND detail.#data.webhook_id = :id',
          ExpressionAttributeNames: { '#data': 'data' },
          ExpressionAttributeValues: { ':outbox': OUTBOX_PREFIX, ':id': webhook.id },
          ExclusiveStartKey: start,
        }),
      );
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    expect(items.map((i) => i.detail)).toEqual([
      expect.objectContaining({
        event: 'webhook.disabled',
        workspace_id: ws,
        data: { webhook_id: webhook.id, host: new URL(target.url).host, reason: 'gone' },
      }),
    ]);
  });
});
