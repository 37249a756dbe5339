import * as webhooks from '../../data/webhooks';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { listData } from '../pagination';
import { requireWebhookManager } from '../../use-cases/webhooks/authorize';
import { listWebhooks } from './routes';
import { webhookView } from './views';

export const handler = httpHandler(listWebhooks, async ({ query, principal }) => {
  const page = await webhooks.listWebhooks(requireWebhookManager(principal), query);
  return ok(listData('webhooks', page.items.map(webhookView), page));
});
