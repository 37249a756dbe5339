import * as webhooks from '../../data/webhooks';
import { webhookChanges } from '../../domain/webhooks/endpoint';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadWebhook, requireWebhookManager } from '../../use-cases/webhooks/authorize';
import { updateWebhook } from './routes';
import { webhookView } from './views';

export const handler = httpHandler(updateWebhook, async ({ params, body, principal, ifMatch }) => {
  const workspaceId = requireWebhookManager(principal);
  const current = await loadWebhook(workspaceId, params.webhook);
  const webhook = await webhooks.updateWebhook(current, ifMatch ?? current.version, webhookChanges(body, new Date().toISOString()));
  return ok({ webhook: webhookView(webhook) }, { version: webhook.version });
});
