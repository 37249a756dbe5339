import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { WebhookChanges } from '../domain/webhooks/endpoint';
import { MAX_WEBHOOKS_PER_HOST, type SealedSecret, type StoredWebhook, webhookHost } from '../domain/webhooks/model';
import type { EventDetail } from '../shared/event-types';
import { Forbidden, Internal, NotFound, Unprocessable } from '../domain/errors';
import { withoutKeys } from './item';
import { WEBHOOK_PREFIX, webhookCountKey, webhookKey, workspacePartition } from './keys';
import { type ListPage, type ListRequest, listPage } from './list';
import { queryAll, transact, type TransactItem, updateVersioned, versionedDelete, versionedUpdate } from './operations';
import { patternQuery, patterns } from './patterns';
import { ddb, tableName } from './table';

/**
 * A workspace's webhook endpoints, in the workspace's partition (ordered by id, so by creation),
 * held under the tier's limit and the per-host limit by counters that move in the same transaction
 * as the endpoint.
 * The stored item carries its sealed secrets; views never do.
 */

export const webhookNotFound = (id: string) =>
  new NotFound(`webhook ${id} does not exist in this workspace; list them with GET /api/webhooks`, 'webhook');

/** The counter item keeps one count per host beside the workspace's total: `host:<name>`. */
const hostCount = (host: string) => ({ '#host': `host:${host}` });

const hostLimitReached = (host: string) =>
  new Unprocessable(
    'WEBHOOK_HOST_LIMIT',
    `this workspace already has ${MAX_WEBHOOKS_PER_HOST} webhook endpoints on ${host}; ` +
      'subscribe one of them to more events, or delete one first',
    [{ field: 'url', issue: 'host limit reached', host, allowed: MAX_WEBHOOKS_PER_HOST }],
  );

/** One more endpoint on `host` under the workspace's counters, refused at `limit` or at the host's. */
const reserveWebhook = (workspaceId: string, host: string, limit: number): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: webhookCountKey(workspaceId),
    UpdateExpression: 'ADD webhooks :one, #host :one',
    ConditionExpression: '(attribute_not_exists(webhooks) OR webhooks < :limit) AND (attribute_not_exists(#host) OR #host < :per_host)',
    ExpressionAttributeNames: hostCount(host),
    ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':per_host': MAX_WEBHOOKS_PER_HOST },
  },
  onConditionFail: (current) =>
    Number(current?.webhooks ?? 0) >= limit
      ? new Forbidden(`this workspace's tier allows ${limit} webhook endpoints; delete one first`, 'QUOTA_EXCEEDED', [
          { field: 'webhooks', issue: 'limit reached', allowed: limit },
        ])
      : hostLimitReached(host),
});

const releaseWebhook = (workspaceId: string, host: string): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: webhookCountKey(workspaceId),
    UpdateExpression: 'ADD webhooks :minus, #host :minus',
    ExpressionAttributeNames: hostCount(host),
    ExpressionAttributeValues: { ':minus': -1 },
  },
});

/** An endpoint moving to another host: its place moves with it, refused when the new host is full. */
const moveHost = (workspaceId: string, from: string, to: string): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: webhookCountKey(workspaceId),
    UpdateExpression: 'ADD #from :minus, #to :one',
    ConditionExpression: 'attribute_not_exists(#to) OR #to < :per_host',
    ExpressionAttributeNames: { '#from': `host:${from}`, '#to': `host:${to}` },
    ExpressionAttributeValues: { ':minus': -1, ':one': 1, ':per_host': MAX_WEBHOOKS_PER_HOST },
  },
  onConditionFail: () => hostLimitReached(to),
});

/** The endpoint and its place under the limits, all or nothing (403 QUOTA_EXCEEDED, 422 WEBHOOK_HOST_LIMIT). */
export const createWebhook = async (webhook: StoredWebhook, limit: number): Promise<void> => {
  await transact([
    // Ids are fresh ULIDs: one that exists already is a fault of ours, not of the request.
    {
      Put: {
        TableName: tableName,
        Item: { ...webhookKey(webhook.workspace_id, webhook.id), ...webhook },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
      onConditionFail: () => new Internal(),
    },
    reserveWebhook(webhook.workspace_id, webhookHost(webhook.url), limit),
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

/**
 * Sets `changes` while the endpoint is still at `expectedVersion` (412 otherwise), bumping it. A new
 * URL on another host moves the endpoint's place to that host in the same transaction.
 */
export const updateWebhook = async (
  current: StoredWebhook,
  expectedVersion: number,
  changes: WebhookChanges | { secrets: SealedSecret[]; updated_at: string },
): Promise<StoredWebhook> => {
  const key = webhookKey(current.workspace_id, current.id);
  const from = webhookHost(current.url);
  const to = 'url' in changes && changes.url !== undefined ? webhookHost(changes.url) : from;
  if (to === from)
    return withoutKeys<StoredWebhook>(await updateVersioned(key, expectedVersion, changes, () => webhookNotFound(current.id)));
  await transact([
    versionedUpdate(key, expectedVersion, changes, () => webhookNotFound(current.id)),
    moveHost(current.workspace_id, from, to),
  ]);
  return { ...current, ...changes, version: expectedVersion + 1 };
};

/** The endpoint and its place under the limit; its deliveries expire by their TTL. */
export const deleteWebhook = async (webhook: StoredWebhook): Promise<void> => {
  await transact([
    versionedDelete(webhookKey(webhook.workspace_id, webhook.id), webhook.version, () => webhookNotFound(webhook.id)),
    releaseWebhook(webhook.workspace_id, webhookHost(webhook.url)),
  ]);
};

/**
 * The delivery path: a workspace's enabled endpoints subscribed to an event. At most
 * MAX_WEBHOOKS_PER_WORKSPACE items under one sort-key prefix: one query page.
 */
export const subscribersOf = async (detail: Pick<EventDetail, 'workspace_id' | 'event'>): Promise<StoredWebhook[]> => {
  const items = await queryAll(patternQuery(patterns.webhooksOf, { ws: detail.workspace_id }));
  return items
    .map((item) => withoutKeys<StoredWebhook>(item))
    .filter((w) => w.enabled && (w.events.includes('*') || w.events.includes(detail.event)));
};
