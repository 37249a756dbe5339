import { httpHandler } from '../../shared/http';
import { accepted } from '../../shared/reply';
import { redeliver } from '../../use-cases/webhooks/redeliver';
import * as routes from './delivery-routes';
import { deliveryView } from './delivery-views';

export const handler = httpHandler(routes.redeliver, async ({ params, principal }) =>
  accepted({ delivery: deliveryView(await redeliver(principal, params.webhook, params.delivery)) }),
);
