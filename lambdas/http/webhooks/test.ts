import { createDelivery } from '../../data/deliveries';
import { enqueueDeliveries } from '../../data/delivery-queue';
import { eventDetail } from '../../data/outbox';
import { deliveryIdFor } from '../../domain/webhooks/delivery-id';
import { httpHandler } from '../../shared/http';
import { accepted } from '../../shared/reply';
import { loadWebhook, requireWebhookManager } from '../../use-cases/webhooks/authorize';
import { testWebhook } from './delivery-routes';
import { deliveryView } from './delivery-views';

/** The test event goes to this endpoint alone: it is recorded and queued here, never put on the bus. */
export const handler = httpHandler(testWebhook, async ({ params, principal }) => {
  const webhook = await loadWebhook(requireWebhookManager(principal), params.webhook);
  const now = new Date();
  const detail = eventDetail(
    'webhook.test',
    webhook.workspace_id,
    { webhook_id: webhook.id, message: 'A test event from agent-platform: your endpoint is reachable.' },
    now,
  );
  const delivery = {
    id: deliveryIdFor(detail.id, webhook.id, now),
    webhook_id: webhook.id,
    workspace_id: webhook.workspace_id,
    event_id: detail.id,
    event: detail.event,
    status: 'pending' as const,
    attempts: 0,
    last_status_code: null,
    next_attempt_at: null,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
  };
  await createDelivery({ ...delivery, detail }, now);
  await enqueueDeliveries(
    [{ workspace_id: webhook.workspace_id, webhook_id: webhook.id, delivery_id: delivery.id, attempt: 1, not_before: null, manual: true }],
    now,
  );
  return accepted({ delivery: deliveryView(delivery) });
});
