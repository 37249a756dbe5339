import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { listWebhooks } from '../../use-cases/webhooks/list';
import { listData } from '../pagination';
import * as routes from './routes';
import { webhookView } from './views';

export const handler = httpHandler(routes.listWebhooks, async ({ query, principal }) => {
  const page = await listWebhooks(principal, query);
  return ok(listData('webhooks', page.items.map(webhookView), page));
});
