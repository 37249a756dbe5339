import * as webhooks from '../../data/webhooks';
import type { StoredWebhook } from '../../domain/webhooks/model';
import type { Principal } from '../../shared/principal';
import { loadWebhook, requireWebhookManager } from './authorize';

/**
 * Deleting a webhook, the primary course:
 * 1. the caller manages the workspace's webhooks, and the webhook is the workspace's;
 * 2. delete it at the version read, freeing its place under the workspace's limits; its deliveries expire by their TTL.
 */
export const deleteWebhook = async (principal: Principal, webhookId: string): Promise<StoredWebhook> => {
  const webhook = await loadWebhook(requireWebhookManager(principal), webhookId);
  await webhooks.deleteWebhook(webhook);
  return webhook;
};
