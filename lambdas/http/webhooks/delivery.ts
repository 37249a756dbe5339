import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { findDelivery } from '../../use-cases/webhooks/find-delivery';
import * as routes from './delivery-routes';
import { attemptView, deliveryView } from './delivery-views';

export const handler = httpHandler(routes.getDelivery, async ({ params, principal }) => {
  const { delivery, attempts } = await findDelivery(principal, params.webhook, params.delivery);
  return ok({ delivery: deliveryView(delivery), attempts: attempts.map(attemptView) });
});
