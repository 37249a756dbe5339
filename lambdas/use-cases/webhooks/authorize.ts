import { getWebhook, webhookNotFound } from '../../data/webhooks';
import type { StoredWebhook } from '../../domain/webhooks/model';
import { managesWorkspace } from '../../domain/workspaces';
import { Forbidden } from '../../domain/errors';
import { currentWorkspace, type Principal } from '../../shared/principal';

/** Webhooks belong to the caller's current workspace; only its owners and admins (keys: `admin` scope) see or change them. */
export const requireWebhookManager = (principal: Principal): string => {
  const workspaceId = currentWorkspace(principal);
  if (!managesWorkspace(principal)) throw new Forbidden('only workspace owners and admins (API keys: the admin scope) manage webhooks');
  return workspaceId;
};

/** An endpoint of another workspace is indistinguishable from an absent one: 404. */
export const loadWebhook = async (workspaceId: string, id: string): Promise<StoredWebhook> => {
  const webhook = await getWebhook(workspaceId, id);
  if (!webhook) throw webhookNotFound(id);
  return webhook;
};
