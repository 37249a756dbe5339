import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { deleteWebhook } from '../../use-cases/webhooks/delete';
import * as routes from './routes';

export const handler = httpHandler(routes.deleteWebhook, async ({ params, principal }) => {
  const webhook = await deleteWebhook(principal, params.webhook);
  return ok({ deleted: true, webhook_id: webhook.id });
});
