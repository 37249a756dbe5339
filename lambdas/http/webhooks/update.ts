import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { updateWebhook } from '../../use-cases/webhooks/update';
import * as routes from './routes';
import { webhookView } from './views';

export const handler = httpHandler(routes.updateWebhook, async ({ params, body, principal, ifMatch }) => {
  const webhook = await updateWebhook(principal, params.webhook, body, ifMatch);
  return ok({ webhook: webhookView(webhook) }, { version: webhook.version });
});
