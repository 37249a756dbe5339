import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import * as z from 'zod';
import { createDelivery } from '../data/deliveries';
import { subscribersOf } from '../data/webhooks';
import { type DeliveryMessage, enqueueDeliveries } from '../data/delivery-queue';
import { deliveryIdFor } from '../domain/webhooks/delivery-id';
import { type EventDetail, PUBLIC_EVENTS } from '../shared/event-types';
import { logger } from '../shared/logger';
import { observed } from '../shared/observability';

/**
 * Bus rule → fan-out queue → here: one delivery per enabled endpoint of the event's workspace
 * that subscribes to it, each sent on to the delivery queue. Safe to repeat: a delivery's id comes
 * from its event and endpoint, and a repeated message for an attempt already made is dropped.
 */

/** What a delivery needs of the detail; an event without it is logged and dropped, since handing it back cannot mend it. */
const deliverable = z.object({
  id: z.string().min(1),
  event: z.enum(PUBLIC_EVENTS as [EventDetail['event'], ...EventDetail['event'][]]),
  version: z.number().int(),
  workspace_id: z.string().min(1),
  data: z.object({}).passthrough(),
  timestamp: z.iso.datetime(),
});

const fanOut = async (detail: EventDetail): Promise<number> => {
  const now = new Date();
  const endpoints = await subscribersOf(detail);
  const messages: DeliveryMessage[] = [];
  for (const endpoint of endpoints) {
    const id = deliveryIdFor(detail.id, endpoint.id, new Date(detail.timestamp));
    await createDelivery(
      {
        id,
        webhook_id: endpoint.id,
        workspace_id: detail.workspace_id,
        event_id: detail.id,
        event: detail.event,
        status: 'pending',
        attempts: 0,
        last_status_code: null,
        next_attempt_at: null,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
        detail,
      },
      now,
    );
    messages.push({
      workspace_id: detail.workspace_id,
      webhook_id: endpoint.id,
      delivery_id: id,
      attempt: 1,
      not_before: null,
      manual: false,
    });
  }
  await enqueueDeliveries(messages, now);
  return messages.length;
};

export const handler = observed(async (event: SQSEvent): Promise<SQSBatchResponse> => {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      const parsed = deliverable.safeParse((JSON.parse(record.body) as { detail?: unknown }).detail);
      if (!parsed.success) {
        logger.error('event not delivered to webhooks: its detail is not an event detail', {
          message_id: record.messageId,
          issues: parsed.error.issues,
        });
        continue;
      }
      const detail = parsed.data as EventDetail;
      const deliveries = await fanOut(detail);
      logger.info('event fanned out to webhooks', {
        event_id: detail.id,
        event: detail.event,
        workspace_id: detail.workspace_id,
        deliveries,
      });
    } catch (error) {
      logger.error('fan-out failed; SQS will hand the event over again', { message_id: record.messageId, error });
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
});
