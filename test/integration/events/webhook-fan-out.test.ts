import type { SQSEvent } from 'aws-lambda';
import { deliveryWithAttempts, listDeliveries } from '../../../lambdas/data/deliveries';
import { aUser, aWorkspace } from '../../support/fixtures';
import { aReceiver } from '../../support/webhook-receiver';
import { aWebhook, anEventDetail } from '../../support/webhooks';
import { waitUntil } from '../../support/wait-until';

/** The fan-out as SQS invokes it, against the shared local runtime's table and delivery queue. */

// What CDK (or the local runtime) gives the function; set before it loads.
process.env.AWS_ENDPOINT_URL_SQS = `${process.env.API_URL}/__aws/sqs`;
process.env.WEBHOOK_DELIVERY_QUEUE_URL = `${process.env.API_URL}/__aws/sqs/000000000000/agent-platform-local-webhook-deliveries`;

const sqsEventOf = (detail: unknown): SQSEvent =>
  ({
    Records: [
      { messageId: 'm-1', body: JSON.stringify({ version: '0', source: 'agent-platform', 'detail-type': 'agent.created', detail }) },
    ],
  }) as SQSEvent;

describe('the webhook fan-out', () => {
  it('records one delivery and one attempt when SQS hands it the same event twice', async () => {
    const { handler } = await import('../../../lambdas/events/webhook-fan-out');
    const ws = await aWorkspace(await aUser('owner'));
    const receiver = await aReceiver();
    try {
      const webhook = await aWebhook(ws, receiver.url);
      const event = sqsEventOf(
        anEventDetail('agent.created', ws, { agent_id: 'agent_1', name: 'Helper', slug: 'helper', role: 'custom', created_by: 'user_1' }),
      );
      expect(await handler(event)).toEqual({ batchItemFailures: [] });
      expect(await handler(event)).toEqual({ batchItemFailures: [] });
      const page = await waitUntil(
        () => listDeliveries(webhook.id, {}, { limit: 10 }),
        (p) => p.items[0]?.status === 'delivered',
      );
      expect(page.items).toHaveLength(1);
      const found = await deliveryWithAttempts(webhook.id, page.items[0]?.id ?? '');
      expect(found?.attempts.map((a) => a.number)).toEqual([1]);
    } finally {
      await receiver.close();
    }
  });

  it('reports a message it cannot read as a batch item failure, so SQS retries it and then dead-letters it', async () => {
    const { handler } = await import('../../../lambdas/events/webhook-fan-out');
    const broken = { Records: [{ messageId: 'm-2', body: '{not json' }] } as SQSEvent;
    expect(await handler(broken)).toEqual({ batchItemFailures: [{ itemIdentifier: 'm-2' }] });
  });
});
