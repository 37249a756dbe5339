import * as deliveries from '../../data/deliveries';
import type { Principal } from '../../shared/principal';
import { loadWebhook, requireWebhookManager } from './authorize';

/**
 * Listing a webhook's deliveries, the primary course:
 * 1. the caller manages the workspace's webhooks, and the webhook is the workspace's;
 * 2. one cursor page of its deliveries, newest first, of one status or event when asked.
 */
export const listDeliveries = async (
  principal: Principal,
  webhookId: string,
  filter: deliveries.DeliveryFilter,
  page: { limit: number; cursor?: string },
) => {
  const webhook = await loadWebhook(requireWebhookManager(principal), webhookId);
  return deliveries.listDeliveries(webhook.id, filter, page);
};
