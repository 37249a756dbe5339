import { claimRedelivery, deliveryNotFound, deliveryWithAttempts } from '../../data/deliveries';
import { enqueueDeliveries } from '../../data/delivery-queue';
import { redeliverable } from '../../domain/webhooks/redelivery';
import { Conflict } from '../../shared/errors';
import { httpHandler } from '../../shared/http';
import { accepted } from '../../shared/reply';
import { loadWebhook, requireWebhookManager } from '../../use-cases/webhooks/authorize';
import { redeliver } from './delivery-routes';
import { deliveryView } from './delivery-views';

export const handler = httpHandler(redeliver, async ({ params, principal }) => {
  const webhook = await loadWebhook(requireWebhookManager(principal), params.webhook);
  const found = await deliveryWithAttempts(webhook.id, params.delivery);
  if (!found) throw deliveryNotFound(params.delivery);
  const { delivery } = found;
  const now = new Date();
  if (!redeliverable(delivery, now)) {
    throw new Conflict(
      'INVALID_TRANSITION',
      `delivery ${delivery.id} is ${delivery.status}: its next attempt is already queued; redeliver it once it is delivered or failed`,
    );
  }
  if (!(await claimRedelivery(delivery, now)))
    throw new Conflict('INVALID_TRANSITION', `delivery ${delivery.id} changed meanwhile (another redelivery or attempt); read it again`);
  await enqueueDeliveries([
    {
      workspace_id: webhook.workspace_id,
      webhook_id: webhook.id,
      delivery_id: delivery.id,
      attempt: delivery.attempts + 1,
      not_before: null,
      manual: true,
    },
  ]);
  return accepted({ delivery: deliveryView(delivery) });
});
