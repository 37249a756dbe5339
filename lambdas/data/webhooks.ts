import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { WebhookChanges } from '../domain/webhooks/endpoint';
import type { SealedSecret, StoredWebhook } from '../domain/webhooks/model';
import type { EventDetail } from '../shared/event-types';
import { Forbidden, Internal, NotFound, VersionConflict } from '../shared/errors';
import { withoutKeys } from './item';
import { WEBHOOK_PREFIX, webhookCountKey, webhookKey, workspacePartition } from './keys';
import { type ListPage, type ListRequest, listPage } from './list';
import { queryAll, transact, type TransactItem, updateVersioned } from './operations';
import { ddb, tableName } from './table';

/**
 * A workspace's webhook endpoints, in the workspace's partition (ordered by id, so by creation),
 * held under the tier's limit by a counter that moves in the same transaction as the endpoint.
 * The stored item carries its sealed secrets; views never do.
 */

export const webhookNotFound = (id: string) =>
  new NotFound(`webhook ${id} does not exist in this workspace; list them with GET /api/webhooks`, 'webhook');

/** One more endpoint under the workspace's counter, refused at `limit`. */
const reserveWebhook = (workspaceId: string, limit: number): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: webhookCountKey(workspaceId),
    UpdateExpression: 'ADD webhooks :one',
    ConditionExpression: 'attribute_not_exists(webhooks) OR webhooks < :limit',
    ExpressionAttributeValues: { ':one': 1, ':limit': limit },
  },
  onConditionFail: () =>
    new Forbidden(`this workspace's tier allows ${limit} webhook endpoints; delete one first`, 'QUOTA_EXCEEDED', [
      { field: 'webhooks', issue: 'limit reached', allowed: limit },
    ]),
});

const releaseWebhook = (workspaceId: string): TransactItem => ({
  Update: { TableName: tableName, Key: webhookCountKey(workspaceId), UpdateExpression: 'ADD webhooks :minus', ExpressionAttributeValues: { ':minus': -1 } },
});

/** The endpoint and its place under `limit`, all or nothing (403 QUOTA_EXCEEDED at the limit). */
export const createWebhook = async (webhook: StoredWebhook, limit: number): Promise<void> => {
  await transact([
    // Ids are fresh ULIDs: one that exists already is a fault of ours, not of the request.
    { Put: { TableName: tableName, Item: { ...webhookKey(webhook.workspace_id, webhook.id), ...webhook }, ConditionExpression: 'attribute_not_exists(PK)' }, onConditionFail: () => new Internal() },
    reserveWebhook(webhook.workspace_id, limit),
  ]);
};

export const getWebhook = async (workspaceId: string, id: string): Promise<StoredWebhook | null> => {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: webhookKey(workspaceId, id) }));
  return Item ? withoutKeys<StoredWebhook>(Item) : null;
};

export const listWebhooks = async (workspaceId: string, request: ListRequest): Promise<ListPage<StoredWebhook>> => {
  const page = await listPage<Record<string, unknown>>({ partition: workspacePartition(workspaceId), sortPrefix: WEBHOOK_PREFIX }, request);
  return { ...page, items: page.items.map((item) => withoutKeys<StoredWebhook>(item)) };
};

/** Sets `changes` while the endpoint is still at `expectedVersion` (412 otherwise), bumping it. */
export const updateWebhook = async (workspaceId: string, id: string, expectedVersion: number, changes: WebhookChanges | { secrets: SealedSecret[]; updated_at: string }): Promise<StoredWebhook> =>
  withoutKeys<StoredWebhook>(await updateVersioned(webhookKey(workspaceId, id), expectedVersion, changes, () => webhookNotFound(id)));

/** The endpoint and its place under the limit; its deliveries expire by their TTL. */
export const deleteWebhook = async (webhook: StoredWebhook): Promise<void> => {
  await transact([
    {
      Delete: {
        TableName: tableName,
        Key: webhookKey(webhook.workspace_id, webhook.id),
        ConditionExpression: 'attribute_exists(PK) AND #version = :expected',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':expected': webhook.version },
      },
      onConditionFail: (current) => (current ? new VersionConflict(Number(current.version)) : webhookNotFound(webhook.id)),
    },
    releaseWebhook(webhook.workspace_id),
  ]);
};

/** The delivery path: a workspace's enabled endpoints subscribed to an event. At most MAX_WEBHOOKS_PER_WORKSPACE items under one sort-key prefix: one query page. */
export const subscribersOf = async (detail: Pick<EventDetail, 'workspace_id' | 'event'>): Promise<StoredWebhook[]> => {
  const items = await queryAll({
    TableName: tableName,
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    ExpressionAttributeValues: { ':pk': workspacePartition(detail.workspace_id), ':prefix': WEBHOOK_PREFIX },
  });
  return items
    .map((item) => withoutKeys<StoredWebhook>(item))
    .filter((w) => w.enabled && (w.events.includes('*') || w.events.includes(detail.event)));
};
