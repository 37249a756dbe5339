import { newWebhookSecret, rotatedSecrets, sealWebhookSecret } from '../../data/webhook-secrets';
import * as webhooks from '../../data/webhooks';
import { previousSecretExpiry } from '../../domain/webhooks/endpoint';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadWebhook, requireWebhookManager } from '../../use-cases/webhooks/authorize';
import { rotateWebhookSecret } from './routes';
import { webhookView } from './views';

export const handler = httpHandler(rotateWebhookSecret, async ({ params, principal }) => {
  const workspaceId = requireWebhookManager(principal);
  const current = await loadWebhook(workspaceId, params.webhook);
  const secret = newWebhookSecret();
  const now = new Date();
  const secrets = rotatedSecrets(await sealWebhookSecret(workspaceId, current.id, secret), current.secrets, now);
  // Conditional on the version read: two rotations at once cannot both keep "the previous" secret.
  const webhook = await webhooks.updateWebhook(current, current.version, { secrets, updated_at: now.toISOString() });
  return ok(
    { webhook: { ...webhookView(webhook), secret }, previous_secret_expires_at: previousSecretExpiry(secrets) },
    { version: webhook.version },
  );
});
