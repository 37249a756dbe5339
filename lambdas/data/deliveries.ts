import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { AttemptOutcome } from '../domain/webhooks/outcome';
import type { Delivery, DeliveryAttempt, DeliveryStatus, StoredWebhook } from '../domain/webhooks/model';
import { idPattern } from '../domain/ids';
import type { EventDetail } from '../shared/event-types';
import { NotFound } from '../domain/errors';
import { decodeCursor, encodeCursor } from './cursor';
import { withoutKeys } from './item';
import { deliveryAttemptKey, deliveryIndexKeys, deliveryKey, webhookKey } from './keys';
import { countItems } from './list';
import { pageKeyAttributes, putIfAbsent, queryAll, transact, type TransactItem, updateIf } from './operations';
import { patternQuery, patternScope, patterns, scopeQuery } from './patterns';
import { outboxPut } from './outbox';
import { ddb, tableName } from './table';

/**
 * Deliveries and their attempts (keys.ts: `WEBHOOK#<whk>` / `DELIVERY#<dly>[#ATTEMPT#<nn>]`). The
 * event's detail is kept on the delivery so any attempt, redeliveries included, sends the same body.
 */

const RETENTION_SECONDS = 30 * 24 * 60 * 60;

export interface StoredDelivery extends Delivery {
  detail: EventDetail;
}

export const deliveryNotFound = (id: string) => new NotFound(`delivery ${id} does not exist for this webhook`, 'delivery');

const expiresAt = (now: Date) => Math.floor(now.getTime() / 1000) + RETENTION_SECONDS;

/** False when the delivery was already recorded (the same event fanned out twice). */
export const createDelivery = (delivery: StoredDelivery, now: Date): Promise<boolean> =>
  putIfAbsent({
    ...deliveryKey(delivery.webhook_id, delivery.id),
    ...deliveryIndexKeys(delivery.webhook_id, delivery.status, delivery.id),
    ...delivery,
    expires_at: expiresAt(now),
  });

const DELIVERY_ID = idPattern('dlv');

/**
 * The delivery and its attempts, oldest first: one query of the delivery's sort-key prefix. Only a
 * well-formed id is a prefix of its own items alone (`dlv_` or `dlv_…#ATTEMPT#001` would match
 * other items), so anything else is simply not found.
 */
export const deliveryWithAttempts = async (
  webhookId: string,
  deliveryId: string,
): Promise<{ delivery: StoredDelivery; attempts: DeliveryAttempt[] } | null> => {
  if (!DELIVERY_ID.test(deliveryId)) return null;
  const { SK } = deliveryKey(webhookId, deliveryId);
  const items = await queryAll(patternQuery(patterns.deliveryWithAttempts, { webhook: webhookId, delivery: deliveryId }));
  const [head, ...rest] = items;
  if (!head || head.SK !== SK) return null;
  return { delivery: withoutKeys<StoredDelivery>(head), attempts: rest.map((item) => withoutKeys<DeliveryAttempt>(item)) };
};

export interface DeliveryFilter {
  status?: DeliveryStatus;
  event?: string;
}

/** Newest first (GSI1), or of one status (GSI2); `event` filters the page, so a filtered page may hold fewer than `limit`. */
export const listDeliveries = async (webhookId: string, filter: DeliveryFilter, page: { limit: number; cursor?: string }) => {
  const scope = filter.status
    ? patternScope(patterns.deliveriesInStatus, { webhook: webhookId, status: filter.status })
    : patternScope(patterns.deliveriesOf, { webhook: webhookId });
  const { partitionAttribute, keyAttributes } = pageKeyAttributes(scope);
  const shape = { partitionAttribute, partition: scope.partition, keyAttributes, list: `event:${filter.event ?? ''}` };
  const startKey = page.cursor ? await decodeCursor(page.cursor, shape) : undefined;
  const [result, total] = await Promise.all([
    ddb.send(
      new QueryCommand(
        scopeQuery(scope, {
          ...(filter.event
            ? {
                FilterExpression: '#event = :event',
                ExpressionAttributeNames: { '#event': 'event' },
                ExpressionAttributeValues: { ':event': filter.event },
              }
            : {}),
          ScanIndexForward: false,
          Limit: page.limit,
          ExclusiveStartKey: startKey,
        }),
      ),
    ),
    // Counting a filtered list would read all of it; it answers null instead.
    filter.event ? Promise.resolve(null) : countItems(scope),
  ]);
  return {
    items: (result.Items ?? []).map((item) => withoutKeys<StoredDelivery>(item)),
    total,
    nextCursor: await encodeCursor(result.LastEvaluatedKey, shape),
  };
};

const deliveryUpdate = (delivery: Delivery, changes: Partial<Delivery>, expectedAttempts: number): TransactItem => {
  const next = { ...changes, updated_at: changes.updated_at ?? new Date().toISOString() };
  const status = next.status ?? delivery.status;
  const entries = Object.entries({ ...next, GSI2PK: deliveryIndexKeys(delivery.webhook_id, status, delivery.id).GSI2PK });
  return {
    Update: {
      TableName: tableName,
      Key: deliveryKey(delivery.webhook_id, delivery.id),
      UpdateExpression: `SET ${entries.map((_, i) => `#f${i} = :v${i}`).join(', ')}`,
      ConditionExpression: 'attempts = :expected',
      ExpressionAttributeNames: Object.fromEntries(entries.map(([name], i) => [`#f${i}`, name])),
      ExpressionAttributeValues: { ':expected': expectedAttempts, ...Object.fromEntries(entries.map(([, value], i) => [`:v${i}`, value])) },
    },
  };
};

/** The endpoint's side of an attempt: its failing streak, and disabling it with its `webhook.disabled` event. */
const endpointUpdates = (endpoint: StoredWebhook, outcome: AttemptOutcome, now: Date): TransactItem[] => {
  const at = now.toISOString();
  // A disabled endpoint still takes tests and redeliveries; their failures leave it as it is.
  if (outcome.disable && endpoint.enabled) {
    return [
      {
        Update: {
          TableName: tableName,
          Key: webhookKey(endpoint.workspace_id, endpoint.id),
          UpdateExpression:
            'SET enabled = :false, disabled_reason = :reason, failing_since = :since, updated_at = :at, #version = #version + :one',
          ConditionExpression: 'attribute_exists(PK) AND enabled = :true',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: {
            ':false': false,
            ':true': true,
            ':reason': outcome.disable,
            ':since': outcome.failing_since,
            ':at': at,
            ':one': 1,
          },
        },
      },
      // The host only: a receiver's path and query are often its secret, and this event reaches every subscriber.
      outboxPut(
        'webhook.disabled',
        endpoint.workspace_id,
        { webhook_id: endpoint.id, host: new URL(endpoint.url).host, reason: outcome.disable },
        now,
      ),
    ];
  }
  if (outcome.failing_since === endpoint.failing_since) return [];
  return [
    {
      Update: {
        TableName: tableName,
        Key: webhookKey(endpoint.workspace_id, endpoint.id),
        UpdateExpression: 'SET failing_since = :since',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: { ':since': outcome.failing_since },
      },
    },
  ];
};

/** One transaction: the attempt, the delivery's new state (only if no other run recorded this attempt), the endpoint's. */
export const recordAttempt = async (
  delivery: Delivery,
  attempt: DeliveryAttempt,
  outcome: AttemptOutcome,
  endpoint: StoredWebhook,
  now: Date,
): Promise<void> => {
  await transact([
    {
      Put: {
        TableName: tableName,
        Item: { ...deliveryAttemptKey(delivery.webhook_id, delivery.id, attempt.number), ...attempt, expires_at: expiresAt(now) },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    deliveryUpdate(
      delivery,
      {
        status: outcome.status,
        attempts: attempt.number,
        last_status_code: attempt.status_code,
        next_attempt_at: outcome.next_attempt_at,
        updated_at: now.toISOString(),
      },
      attempt.number - 1,
    ),
    ...endpointUpdates(endpoint, outcome, now),
  ]);
};

/** A delivery that will not be attempted (its endpoint was deleted or disabled meanwhile). */
export const abandonDelivery = async (delivery: Delivery, now: Date): Promise<void> => {
  const { Update } = deliveryUpdate(
    delivery,
    { status: 'failed', next_attempt_at: null, updated_at: now.toISOString() },
    delivery.attempts,
  ) as Required<Pick<TransactItem, 'Update'>>;
  // Refused: an attempt was recorded meanwhile, and that record stands.
  await updateIf(Update);
};

/**
 * An attempt put off while the endpoint's breaker is open: due at `until`, no attempt
 * counted. Refused: an attempt was recorded meanwhile.
 */
export const deferDelivery = async (delivery: Delivery, until: string, now: Date): Promise<boolean> => {
  const { Update } = deliveryUpdate(delivery, { next_attempt_at: until, updated_at: now.toISOString() }, delivery.attempts) as Required<
    Pick<TransactItem, 'Update'>
  >;
  return updateIf(Update);
};

/**
 * Claims a delivery for one manual redelivery: it becomes `pending` only if it is still as the
 * caller read it, so of concurrent redeliveries exactly one queues an attempt. False: someone else
 * changed it first.
 */
export const claimRedelivery = async (delivery: Delivery, now: Date): Promise<boolean> => {
  const { Update } = deliveryUpdate(
    delivery,
    { status: 'pending', next_attempt_at: null, updated_at: now.toISOString() },
    delivery.attempts,
  ) as Required<Pick<TransactItem, 'Update'>>;
  return updateIf({
    ...Update,
    ConditionExpression: `${Update.ConditionExpression} AND updated_at = :read_at`,
    ExpressionAttributeValues: { ...Update.ExpressionAttributeValues, ':read_at': delivery.updated_at },
  });
};
