import { newWebhookSecret, rotatedSecrets, sealWebhookSecret } from '../../data/webhook-secrets';
import * as webhooks from '../../data/webhooks';
import { previousSecretExpiry } from '../../domain/webhooks/endpoint';
import type { Principal } from '../../shared/principal';
import { loadWebhook, requireWebhookManager } from './authorize';

/**
 * Rotating a webhook's signing secret, the primary course:
 * 1. the caller manages the workspace's webhooks, and the webhook is the workspace's;
 * 2. mint and seal a new secret; the previous one keeps signing for a grace period;
 * 3. store both, conditional on the version read: two rotations at once cannot both keep "the previous" secret.
 */
export const rotateWebhookSecret = async (principal: Principal, webhookId: string) => {
  const workspaceId = requireWebhookManager(principal);
  const current = await loadWebhook(workspaceId, webhookId);
  const secret = newWebhookSecret();
  const now = new Date();
  const secrets = rotatedSecrets(await sealWebhookSecret(workspaceId, current.id, secret), current.secrets, now);
  const webhook = await webhooks.updateWebhook(current, current.version, { secrets, updated_at: now.toISOString() });
  return { webhook, secret, previousExpiresAt: previousSecretExpiry(secrets) };
};
