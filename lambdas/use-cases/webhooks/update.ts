import * as webhooks from '../../data/webhooks';
import { webhookChanges, type WebhookInput } from '../../domain/webhooks/endpoint';
import type { StoredWebhook } from '../../domain/webhooks/model';
import type { Principal } from '../../shared/principal';
import { loadWebhook, requireWebhookManager } from './authorize';

/**
 * Changing a webhook, the primary course:
 * 1. the caller manages the workspace's webhooks, and the webhook is the workspace's;
 * 2. plan the changes (domain/webhooks/endpoint.ts: a new URL or re-enabling closes the breaker);
 * 3. store them while it is still at the version `If-Match` names, else the one read (412 VERSION_CONFLICT).
 */
export const updateWebhook = async (
  principal: Principal,
  webhookId: string,
  patch: Partial<WebhookInput>,
  ifMatch: number | undefined,
): Promise<StoredWebhook> => {
  const current = await loadWebhook(requireWebhookManager(principal), webhookId);
  return webhooks.updateWebhook(current, ifMatch ?? current.version, webhookChanges(patch, new Date().toISOString()));
};
