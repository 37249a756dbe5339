import { getEndpoint } from '../../data/delivery-endpoints';
import type { StoredWebhook } from '../../domain/webhooks/model';
import { managesWorkspace } from '../../domain/workspaces';
import { Forbidden, NotFound } from '../../shared/errors';
import type { Principal } from '../../shared/principal';
import { currentWorkspace } from '../agents/access';

/** Webhooks belong to the caller's current workspace; owners and admins (API keys: `admin` scope) manage them. */
export const loadWebhookFor = async (principal: Principal, webhookId: string): Promise<StoredWebhook> => {
  const ws = currentWorkspace(principal);
  if (!managesWorkspace(principal)) throw new Forbidden("only the workspace's owners and admins (API keys: the admin scope) manage webhooks");
  const webhook = await getEndpoint(ws, webhookId);
  if (!webhook) throw new NotFound(`webhook ${webhookId} does not exist in this workspace`, 'webhook');
  return webhook;
};
