import { createDelivery } from '../../data/deliveries';
import { enqueueDeliveries } from '../../data/delivery-queue';
import { eventDetail } from '../../data/outbox';
import { deliveryIdFor } from '../../domain/webhooks/delivery-id';
import type { Delivery } from '../../domain/webhooks/model';
import type { Principal } from '../../shared/principal';
import { loadWebhook, requireWebhookManager } from './authorize';

/**
 * Sending a webhook a test event, the primary course:
 * 1. the caller manages webhooks and the webhook is the workspace's;
 * 2. record a `webhook.test` delivery for this endpoint alone (never put on the bus);
 * 3. queue its first attempt.
 */
export const testWebhook = async (principal: Principal, webhookId: string): Promise<Delivery> => {
  const webhook = await loadWebhook(requireWebhookManager(principal), webhookId);
  const now = new Date();
  const detail = eventDetail(
    'webhook.test',
    webhook.workspace_id,
    { webhook_id: webhook.id, message: 'A test event from agent-platform: your endpoint is reachable.' },
    now,
  );
  const delivery: Delivery = {
    id: deliveryIdFor(detail.id, webhook.id, now),
    webhook_id: webhook.id,
    workspace_id: webhook.workspace_id,
    event_id: detail.id,
    event: detail.event,
    status: 'pending',
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
  return delivery;
};
