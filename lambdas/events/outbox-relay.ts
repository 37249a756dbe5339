import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { OUTBOX_PREFIX } from '../data/keys';
import { requiredEnv } from '../shared/env';
import { EVENT_SOURCE, type EventDetail } from '../shared/event-types';
import { logger } from '../shared/logger';
import { observed } from '../shared/observability';
import { eventBridge } from '../data/clients';

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

/** PutEvents takes at most 10 entries and 256 KB in all (the margin covers the entry overhead EventBridge counts). */
const ENTRIES_PER_CALL = 10;
const BYTES_PER_CALL = 240 * 1024;

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
    const result = await eventBridge().send(new PutEventsCommand({ Entries: details.map(entryOf) }));
    const failed = (result.Entries ?? []).findIndex((entry) => entry.ErrorCode);
    if (failed >= 0) logger.warn('the bus refused an event', { event_id: details[failed]?.id, code: result.Entries?.[failed]?.ErrorCode });
    return result.FailedEntryCount ? Math.max(failed, 0) : -1;
  } catch (error) {
    logger.warn('the bus could not be reached', { error: String(error) });
    return 0;
  }
};

/** Consecutive calls' worth of records, in stream order: at most 10 entries and BYTES_PER_CALL each. */
const callsOf = (records: readonly DynamoDBRecord[]): { record: DynamoDBRecord; detail: EventDetail }[][] => {
  const calls: { record: DynamoDBRecord; detail: EventDetail }[][] = [];
  let current: { record: DynamoDBRecord; detail: EventDetail }[] = [];
  let bytes = 0;
  for (const record of records) {
    const detail = detailOf(record);
    const size = Buffer.byteLength(JSON.stringify(detail), 'utf8') + EVENT_SOURCE.length + detail.event.length;
    if (current.length === ENTRIES_PER_CALL || (current.length > 0 && bytes + size > BYTES_PER_CALL)) {
      calls.push(current);
      current = [];
      bytes = 0;
    }
    current.push({ record, detail });
    bytes += size;
  }
  if (current.length > 0) calls.push(current);
  return calls;
};

export const handler = observed(async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  for (const call of callsOf(event.Records.filter(isOutboxInsert))) {
    const failed = await put(call.map((c) => c.detail));
    if (failed >= 0) return { batchItemFailures: [{ itemIdentifier: call[failed]?.record.dynamodb?.SequenceNumber ?? '' }] };
  }
  return { batchItemFailures: [] };
});
