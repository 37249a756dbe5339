import { Webhook } from 'standardwebhooks';
import { api } from '../../support/api-client';
import { aUser, aWorkspace, type TestUser } from '../../support/fixtures';
import { waitUntil } from '../../support/wait-until';
import { type Received, receiverPool } from '../../support/webhook-receiver';
import { anAgent, execute } from '../executions/helpers';

/**
 * A new user's first webhook, end to end through the outbox, the relay, the bus and the delivery
 * queues: every step is the platform's own, only the receiver is the test's.
 */

const { receiver, closeAll } = receiverPool();
afterAll(closeAll);

const verify = (secret: string, request: Received) =>
  new Webhook(secret).verify(request.body, {
    'webhook-id': String(request.headers['webhook-id']),
    'webhook-timestamp': String(request.headers['webhook-timestamp']),
    'webhook-signature': String(request.headers['webhook-signature']),
  }) as { id: string; event: string; workspace_id: string; data: Record<string, unknown> };

const register = async (owner: TestUser, url: string, events: string[]): Promise<{ id: string; secret: string }> => {
  const res = await api.post('/api/webhooks', { url, events, description: 'first webhook' }, { token: owner.token });
  expect(res.status).toBe(201);
  return { id: res.body.data.webhook.id, secret: res.body.data.webhook.secret };
};

describe('a first webhook', () => {
  it(
    'receives agent.created and agent.executed for an agent created and run after registering, ' +
      'signed so standardwebhooks verifies them',
    async () => {
      const owner = await aUser('first-webhook');
      const workspaceId = await aWorkspace(owner);
      const target = await receiver();
      const webhook = await register(owner, target.url, ['agent.created', 'agent.executed']);

      const agent = await anAgent(owner);
      const run = await execute(agent, { task: 'Summarize the week' }, { token: owner.token });
      expect(run.status).toBe(200);

      const received = await target.waitFor(2);
      const events = received.map((r) => verify(webhook.secret, r));
      expect(events.map((e) => e.event).sort()).toEqual(['agent.created', 'agent.executed']);
      for (const event of events)
        expect(event).toMatchObject({ workspace_id: workspaceId, data: expect.objectContaining({ agent_id: agent.id }) });
      expect(events.find((e) => e.event === 'agent.executed')?.data).toMatchObject({
        execution_id: run.body.data.execution_id,
        status: 'completed',
      });
    },
  );

  it('shows a failing receiver’s retries in the delivery log until the delivery lands', async () => {
    const owner = await aUser('failing-receiver');
    await aWorkspace(owner);
    const target = await receiver([500, 503, 204]);
    const webhook = await register(owner, target.url, ['agent.created']);

    await anAgent(owner);
    const received = await target.waitFor(3);
    expect(received).toHaveLength(3);
    expect(new Set(received.map((r) => r.headers['webhook-id'])).size).toBe(1);

    const list = await api.get(`/api/webhooks/${webhook.id}/deliveries`, { token: owner.token });
    expect(list.status).toBe(200);
    expect(list.body.data.deliveries).toHaveLength(1);
    const deliveryId = list.body.data.deliveries[0].id;
    // The third attempt's record commits just after the receiver answered it.
    const delivery = (
      await waitUntil(
        () => api.get(`/api/webhooks/${webhook.id}/deliveries/${deliveryId}`, { token: owner.token }),
        (res) => res.body.data.delivery.status === 'delivered',
      )
    ).body.data;
    expect(delivery.delivery).toMatchObject({ status: 'delivered', attempts: 3 });
    expect(delivery.attempts.map((a: { status_code: number }) => a.status_code)).toEqual([500, 503, 204]);
  });
});
