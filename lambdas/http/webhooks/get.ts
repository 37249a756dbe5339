import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadWebhook, requireWebhookManager } from '../../use-cases/webhooks/authorize';
import { getWebhook } from './routes';
import { webhookView } from './views';

export const handler = httpHandler(getWebhook, async ({ params, principal }) => {
  const webhook = await loadWebhook(requireWebhookManager(principal), params.webhook);
  return ok({ webhook: webhookView(webhook) }, { version: webhook.version });
});
