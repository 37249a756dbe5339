import { newWebhookSecret, sealWebhookSecret } from '../../data/webhook-secrets';
import * as webhooks from '../../data/webhooks';
import { newId } from '../../domain/ids';
import { tierLimits } from '../../domain/tiers';
import { newWebhook, type WebhookInput } from '../../domain/webhooks/endpoint';
import type { Webhook } from '../../domain/webhooks/model';
import type { Principal } from '../../shared/principal';
import { requireWebhookManager } from './authorize';

/**
 * Creating a webhook, the primary course:
 * 1. the caller manages the current workspace's webhooks;
 * 2. mint its signing secret, sealed before it is stored;
 * 3. store the webhook within the tier's webhook limit; the secret is answered once.
 */
export const createWebhook = async (principal: Principal, input: WebhookInput): Promise<{ webhook: Webhook; secret: string }> => {
  const workspaceId = requireWebhookManager(principal);
  const id = newId('whk');
  const secret = newWebhookSecret();
  const webhook = newWebhook(input, {
    id,
    workspaceId,
    createdBy: principal.email || principal.user_id,
    now: new Date().toISOString(),
    secret: await sealWebhookSecret(workspaceId, id, secret),
  });
  await webhooks.createWebhook(webhook, tierLimits[principal.tier ?? 'free'].webhooks);
  return { webhook, secret };
};
