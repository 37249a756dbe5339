import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { webhookKey } from '../../lambdas/data/keys';
import { ddb, tableName } from '../../lambdas/data/table';
import { newWebhookSecret, sealWebhookSecret } from '../../lambdas/data/webhook-secrets';
import { newId } from '../../lambdas/domain/ids';
import type { BreakerState } from '../../lambdas/domain/webhooks/breaker';
import type { StoredWebhook, WebhookSubscription } from '../../lambdas/domain/webhooks/model';
import { EVENT_CONTRACT, EVENT_SOURCE, type EventDetail, type PlatformEvent } from '../../lambdas/shared/event-types';

/**
 * Webhook endpoints written straight to the local table, with their secrets in clear for the test
 * to verify signatures with; and events put on the local bus as the outbox relay puts them.
 */

export interface TestWebhook {
  id: string;
  /** Newest first: the current secret, then one still signing after a rotation. */
  secrets: string[];
}

export const aWebhook = async (
  workspaceId: string,
  url: string,
  options: { events?: WebhookSubscription; enabled?: boolean; secrets?: number; failingSince?: string; breaker?: BreakerState } = {},
): Promise<TestWebhook> => {
  const id = newId('whk');
  const now = new Date();
  const secrets = Array.from({ length: options.secrets ?? 1 }, newWebhookSecret);
  const sealed = await Promise.all(secrets.map((s) => sealWebhookSecret(workspaceId, id, s)));
  const overlapEnd = new Date(now.getTime() + 60 * 60 * 1000).toISOString();
  const webhook: StoredWebhook = {
    id,
    workspace_id: workspaceId,
    url,
    events: options.events ?? ['*'],
    description: null,
    enabled: options.enabled ?? true,
    disabled_reason: null,
    failing_since: options.failingSince ?? null,
    created_by: 'user_test',
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
    version: 1,
    secrets: sealed.map((s, i) => (i === 0 ? s : { ...s, expires_at: overlapEnd })),
    ...options.breaker,
  };
  await ddb.send(new PutCommand({ TableName: tableName, Item: { ...webhookKey(workspaceId, id), ...webhook } }));
  return { id, secrets };
};

export const anEventDetail = <E extends PlatformEvent>(event: E, workspaceId: string, data: EventDetail<E>['data']): EventDetail<E> => ({
  id: newId('evt'),
  event,
  version: EVENT_CONTRACT[event].version,
  workspace_id: workspaceId,
  data,
  timestamp: new Date().toISOString(),
});

/** PutEvents on the local bus, as the outbox relay sends an event. */
export const publishOnBus = async (detail: EventDetail): Promise<void> => {
  const res = await fetch(`${process.env.API_URL}/__aws/events`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSEvents.PutEvents' },
    body: JSON.stringify({ Entries: [{ Source: EVENT_SOURCE, DetailType: detail.event, Detail: JSON.stringify(detail) }] }),
  });
  if (res.status !== 200) throw new Error(`PutEvents answered ${res.status}`);
};
