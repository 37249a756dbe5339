import { listDeliveries } from '../../data/deliveries';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { listData } from '../pagination';
import { loadWebhook, requireWebhookManager } from '../../use-cases/webhooks/authorize';
import * as routes from './delivery-routes';
import { deliveryView } from './delivery-views';

export const handler = httpHandler(routes.listDeliveries, async ({ params, query, principal }) => {
  const webhook = await loadWebhook(requireWebhookManager(principal), params.webhook);
  const page = await listDeliveries(webhook.id, { status: query.status, event: query.event }, { limit: query.limit, cursor: query.cursor });
  return ok(
    listData('deliveries', page.items.map(deliveryView), { page: 1, limit: query.limit, total: page.total, nextCursor: page.nextCursor }),
  );
});
