import { deliveryNotFound, deliveryWithAttempts } from '../../data/deliveries';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadWebhook, requireWebhookManager } from '../../use-cases/webhooks/authorize';
import { getDelivery } from './delivery-routes';
import { attemptView, deliveryView } from './delivery-views';

export const handler = httpHandler(getDelivery, async ({ params, principal }) => {
  const webhook = await loadWebhook(requireWebhookManager(principal), params.webhook);
  const found = await deliveryWithAttempts(webhook.id, params.delivery);
  if (!found) throw deliveryNotFound(params.delivery);
  return ok({ delivery: deliveryView(found.delivery), attempts: found.attempts.map(attemptView) });
});
