import { httpHandler } from '../../shared/http';
import { accepted } from '../../shared/reply';
import { testWebhook } from '../../use-cases/webhooks/test';
import * as routes from './delivery-routes';
import { deliveryView } from './delivery-views';

export const handler = httpHandler(routes.testWebhook, async ({ params, principal }) =>
  accepted({ delivery: deliveryView(await testWebhook(principal, params.webhook)) }),
);
