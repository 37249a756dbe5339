import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { listDeliveries } from '../../use-cases/webhooks/list-deliveries';
import { listData } from '../pagination';
import * as routes from './delivery-routes';
import { deliveryView } from './delivery-views';

export const handler = httpHandler(routes.listDeliveries, async ({ params, query, principal }) => {
  const filter = { status: query.status, event: query.event };
  const page = await listDeliveries(principal, params.webhook, filter, { limit: query.limit, cursor: query.cursor });
  return ok(
    listData('deliveries', page.items.map(deliveryView), { page: 1, limit: query.limit, total: page.total, nextCursor: page.nextCursor }),
  );
});
