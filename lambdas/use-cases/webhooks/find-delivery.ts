import { deliveryNotFound, deliveryWithAttempts } from '../../data/deliveries';
import type { Principal } from '../../shared/principal';
import { loadWebhook, requireWebhookManager } from './authorize';

/**
 * Reading one delivery, the primary course:
 * 1. the caller manages the workspace's webhooks, and the webhook is the workspace's;
 * 2. the delivery with its attempts, oldest first (404 when the webhook has none by that id).
 */
export const findDelivery = async (principal: Principal, webhookId: string, deliveryId: string) => {
  const webhook = await loadWebhook(requireWebhookManager(principal), webhookId);
  const found = await deliveryWithAttempts(webhook.id, deliveryId);
  if (!found) throw deliveryNotFound(deliveryId);
  return found;
};
