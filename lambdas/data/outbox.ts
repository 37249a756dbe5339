import { EVENT_CONTRACT, type EventData, type EventDetail, type PlatformEvent } from '../shared/event-types';
import { boundedData } from '../domain/events/bounded-data';
import { newId } from '../domain/ids';
import { outboxKey } from './keys';
import type { TransactItem } from './operations';
import { tableName } from './table';

/**
 * The transactional outbox: an event is an item written in the same transaction as the change it
 * reports, so it exists if and only if the change committed. The table's stream relays it to the
 * bus (`lambdas/events/outbox-relay.ts`); the TTL only cleans up after the relay.
 */

const OUTBOX_RETENTION_SECONDS = 24 * 60 * 60;

export const eventDetail = <E extends PlatformEvent>(
  event: E,
  workspaceId: string,
  data: EventData<E>,
  now: Date = new Date(),
): EventDetail<E> => ({
  id: newId('evt'),
  event,
  version: EVENT_CONTRACT[event].version,
  workspace_id: workspaceId,
  data: boundedData(data),
  timestamp: now.toISOString(),
});

/** The outbox item for one event, to add to the change's `transact` items. */
export const outboxPut = <E extends PlatformEvent>(
  event: E,
  workspaceId: string,
  data: EventData<E>,
  now: Date = new Date(),
): TransactItem => {
  const detail = eventDetail(event, workspaceId, data, now);
  return {
    Put: {
      TableName: tableName,
      Item: { ...outboxKey(detail.id), detail, expires_at: Math.floor(now.getTime() / 1000) + OUTBOX_RETENTION_SECONDS },
    },
  };
};
