import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { StoredWebhook } from '../domain/webhooks/model';
import type { EventDetail } from '../shared/event-types';
import { withoutKeys } from './item';
import { WEBHOOK_PREFIX, webhookKey, workspacePartition } from './keys';
import { queryAll } from './operations';
import { ddb, tableName } from './table';

/** The endpoints as the delivery path reads them: one by id, and a workspace's subscribers of an event. */

export const getEndpoint = async (ws: string, webhookId: string): Promise<StoredWebhook | null> => {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: webhookKey(ws, webhookId) }));
  return Item ? withoutKeys<StoredWebhook>(Item) : null;
};

/** At most MAX_WEBHOOKS_PER_WORKSPACE items under one sort-key prefix: one query page. */
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
