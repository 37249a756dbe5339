import { deliveryNotFound, deliveryWithAttempts } from '../../data/deliveries';
import { enqueueDeliveries } from '../../data/delivery-queue';
import { Conflict } from '../../shared/errors';
import { httpHandler } from '../../shared/http';
import { accepted } from '../../shared/reply';
import { loadWebhook, requireWebhookManager } from './access';
import { redeliver } from './delivery-routes';
import { deliveryView } from './delivery-views';

export const handler = httpHandler(redeliver, async ({ params, principal }) => {
  const webhook = await loadWebhook(requireWebhookManager(principal), params.webhook);
  const found = await deliveryWithAttempts(webhook.id, params.delivery);
  if (!found) throw deliveryNotFound(params.delivery);
  const { delivery } = found;
  if (delivery.status === 'pending' || delivery.status === 'retrying') {
    throw new Conflict('INVALID_TRANSITION', `delivery ${delivery.id} is ${delivery.status}: its next attempt is already queued; redeliver it once it is delivered or failed`);
  }
  await enqueueDeliveries([{ workspace_id: webhook.workspace_id, webhook_id: webhook.id, delivery_id: delivery.id, attempt: delivery.attempts + 1, not_before: null, manual: true }]);
  return accepted({ delivery: deliveryView(delivery) });
});
