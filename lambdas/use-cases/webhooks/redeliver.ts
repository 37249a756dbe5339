import { claimRedelivery, deliveryNotFound, deliveryWithAttempts } from '../../data/deliveries';
import { enqueueDeliveries } from '../../data/delivery-queue';
import type { Delivery } from '../../domain/webhooks/model';
import { redeliverable } from '../../domain/webhooks/redelivery';
import { Conflict } from '../../domain/errors';
import type { Principal } from '../../shared/principal';
import { loadWebhook, requireWebhookManager } from './authorize';

/**
 * Redelivering a webhook delivery, the primary course:
 * 1. the caller manages webhooks, and the delivery is the webhook's;
 * 2. it is delivered or failed, not already queued (domain/webhooks/redelivery.ts);
 * 3. claim it under a condition (one redelivery at a time), then queue its next attempt.
 */
export const redeliver = async (principal: Principal, webhookId: string, deliveryId: string): Promise<Delivery> => {
  const webhook = await loadWebhook(requireWebhookManager(principal), webhookId);
  const found = await deliveryWithAttempts(webhook.id, deliveryId);
  if (!found) throw deliveryNotFound(deliveryId);
  const { delivery } = found;
  const now = new Date();
  if (!redeliverable(delivery, now)) {
    throw new Conflict(
      'INVALID_TRANSITION',
      `delivery ${delivery.id} is ${delivery.status}: its next attempt is already queued; redeliver it once it is delivered or failed`,
    );
  }
  if (!(await claimRedelivery(delivery, now)))
    throw new Conflict('INVALID_TRANSITION', `delivery ${delivery.id} changed meanwhile (another redelivery or attempt); read it again`);
  await enqueueDeliveries([
    {
      workspace_id: webhook.workspace_id,
      webhook_id: webhook.id,
      delivery_id: delivery.id,
      attempt: delivery.attempts + 1,
      not_before: null,
      manual: true,
    },
  ]);
  return delivery;
};
