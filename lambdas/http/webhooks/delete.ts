import * as webhooks from '../../data/webhooks';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadWebhook, requireWebhookManager } from '../../use-cases/webhooks/authorize';
import { deleteWebhook } from './routes';

export const handler = httpHandler(deleteWebhook, async ({ params, principal }) => {
  const webhook = await loadWebhook(requireWebhookManager(principal), params.webhook);
  await webhooks.deleteWebhook(webhook);
  return ok({ deleted: true, webhook_id: webhook.id });
});
