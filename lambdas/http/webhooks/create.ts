import { newWebhookSecret, sealWebhookSecret } from '../../data/webhook-secrets';
import * as webhooks from '../../data/webhooks';
import { newId } from '../../domain/ids';
import { tierLimits } from '../../domain/tiers';
import { newWebhook } from '../../domain/webhooks/endpoint';
import { httpHandler } from '../../shared/http';
import { created } from '../../shared/reply';
import { requireWebhookManager } from '../../use-cases/webhooks/authorize';
import { createWebhook } from './routes';
import { webhookView } from './views';

export const handler = httpHandler(createWebhook, async ({ body, principal }) => {
  const workspaceId = requireWebhookManager(principal);
  const id = newId('whk');
  const secret = newWebhookSecret();
  const webhook = newWebhook(body, {
    id,
    workspaceId,
    createdBy: principal.email || principal.user_id,
    now: new Date().toISOString(),
    secret: await sealWebhookSecret(workspaceId, id, secret),
  });
  await webhooks.createWebhook(webhook, tierLimits[principal.tier ?? 'free'].webhooks);
  return created({ webhook: { ...webhookView(webhook), secret } }, `/api/webhooks/${id}`, { version: webhook.version });
});
