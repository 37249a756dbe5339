import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { OUTBOX_PREFIX } from '../data/keys';
import { requiredEnv } from '../shared/env';
import { EVENT_SOURCE, type EventDetail } from '../shared/event-types';
import { logger } from '../shared/logger';

/**
 * The outbox relay: the table's stream hands it the outbox items that transactions wrote, and it
 * puts their events on the platform bus. A stream function rather than an EventBridge Pipe: a
 * Pipe's input transformer cannot turn the item's DynamoDB-typed `detail` (nested maps and lists)
 * back into JSON, and the local runtime runs this very function on DynamoDB Local's stream.
 *
 * Delivery is at least once: when the bus refuses an entry, the failed record's sequence number is
 * answered (ReportBatchItemFailures) and the stream retries from it, so an entry put before the
 * failure may be put again. Consumers de-duplicate by `detail.id`.
 */

const busName = requiredEnv('EVENT_BUS_NAME');
const eventBridge = new EventBridgeClient({});

/** PutEvents takes at most 10 entries. */
const ENTRIES_PER_CALL = 10;

/** The same selection the deployed event source mapping's filter makes; the local poller hands every record. */
export const isOutboxInsert = (record: DynamoDBRecord): boolean =>
  record.eventName === 'INSERT' && (record.dynamodb?.Keys?.PK?.S ?? '').startsWith(OUTBOX_PREFIX);

const detailOf = (record: DynamoDBRecord): EventDetail =>
  // aws-lambda's AttributeValue and the SDK's describe the same wire format with different TypeScript types.
  unmarshall(record.dynamodb?.NewImage as Record<string, AttributeValue>).detail as EventDetail;

const entryOf = (detail: EventDetail): PutEventsRequestEntry => ({
  EventBusName: busName,
  Source: EVENT_SOURCE,
  DetailType: detail.event,
  Detail: JSON.stringify(detail),
  Time: new Date(detail.timestamp),
});

/** The index of the first entry the bus did not take, or -1 when it took them all. */
const put = async (details: readonly EventDetail[]): Promise<number> => {
  try {
    const result = await eventBridge.send(new PutEventsCommand({ Entries: details.map(entryOf) }));
    const failed = (result.Entries ?? []).findIndex((entry) => entry.ErrorCode);
    if (failed >= 0) logger.warn('the bus refused an event', { event_id: details[failed]?.id, code: result.Entries?.[failed]?.ErrorCode });
    return result.FailedEntryCount ? Math.max(failed, 0) : -1;
  } catch (error) {
    logger.warn('the bus could not be reached', { error: String(error) });
    return 0;
  }
};

export const handler = async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  const records = event.Records.filter(isOutboxInsert);
  for (let start = 0; start < records.length; start += ENTRIES_PER_CALL) {
    const batch = records.slice(start, start + ENTRIES_PER_CALL);
    const failed = await put(batch.map(detailOf));
    if (failed >= 0) return { batchItemFailures: [{ itemIdentifier: batch[failed]?.dynamodb?.SequenceNumber ?? '' }] };
  }
  return { batchItemFailures: [] };
};
