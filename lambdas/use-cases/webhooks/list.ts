import * as webhooks from '../../data/webhooks';
import type { ListPage, ListRequest } from '../../domain/list-page';
import type { StoredWebhook } from '../../domain/webhooks/model';
import type { Principal } from '../../shared/principal';
import { requireWebhookManager } from './authorize';

/**
 * Listing the workspace's webhooks, the primary course:
 * 1. the caller manages the current workspace's webhooks;
 * 2. one page of them.
 */
export const listWebhooks = async (principal: Principal, request: ListRequest): Promise<ListPage<StoredWebhook>> =>
  webhooks.listWebhooks(requireWebhookManager(principal), request);
