import { httpHandler } from '../../shared/http';
import { created } from '../../shared/reply';
import { createWebhook } from '../../use-cases/webhooks/create';
import * as routes from './routes';
import { webhookView } from './views';

export const handler = httpHandler(routes.createWebhook, async ({ body, principal }) => {
  const { webhook, secret } = await createWebhook(principal, body);
  return created({ webhook: { ...webhookView(webhook), secret } }, `/api/webhooks/${webhook.id}`, { version: webhook.version });
});
