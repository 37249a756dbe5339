import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { rotateWebhookSecret } from '../../use-cases/webhooks/rotate-secret';
import * as routes from './routes';
import { webhookView } from './views';

export const handler = httpHandler(routes.rotateWebhookSecret, async ({ params, principal }) => {
  const { webhook, secret, previousExpiresAt } = await rotateWebhookSecret(principal, params.webhook);
  return ok({ webhook: { ...webhookView(webhook), secret }, previous_secret_expires_at: previousExpiresAt }, { version: webhook.version });
});
