import * as z from 'zod';
import { DELIVERY_STATUSES } from '../../domain/webhooks/model';
import { PUBLIC_EVENTS } from '../../shared/event-types';
import { webhookParams } from './schemas';

/** The delivery log's shapes (API.md "Events and webhooks"). */

export const deliveryPathParams = z.strictObject({
  ...webhookParams.shape,
  delivery: z.string().min(1).max(64).describe('The delivery id (`dlv_…`)'),
});

export const deliveryListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('Items per page, 1–100'),
  cursor: z.string().min(1).max(2048).optional().describe('`next_cursor` of the previous page'),
  status: z.enum(DELIVERY_STATUSES).optional().describe('Only deliveries in this status'),
  event: z
    .enum(PUBLIC_EVENTS as [string, ...string[]])
    .optional()
    .describe('Only deliveries of this event type (a page may then hold fewer than `limit`)'),
});

export const deliverySchema = z.object({
  id: z.string().describe('dlv_…'),
  webhook_id: z.string(),
  event_id: z.string().describe('The `webhook-id` header of every attempt: the event’s id, for de-duplication'),
  event: z.string(),
  status: z
    .enum(DELIVERY_STATUSES)
    .describe(
      [
        '`pending` (not attempted yet), `retrying` (failed, next attempt at `next_attempt_at`),',
        '`delivered` (a 2xx), `failed` (no attempts left)',
      ].join(' '),
    ),
  attempts: z.number().int(),
  last_status_code: z.number().int().nullable(),
  next_attempt_at: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});

export const attemptSchema = z.object({
  number: z.number().int().describe('1-based'),
  at: z.string().describe('When the request was sent'),
  status_code: z.number().int().nullable().describe('null when no answer came; `error` then names the class'),
  latency_ms: z.number().int(),
  error: z
    .string()
    .nullable()
    .describe(
      [
        'Why the attempt failed; null when delivered.',
        '`answered HTTP <status>` (a redirect adds that it was not followed), followed by why it is not retried when that is so;',
        'or, without an answer, one of `connection_refused`, `timeout`, `dns_failure`, `tls_error`,',
        '`refused_target` (the host resolved to an address webhooks may not reach), `connection_error`',
      ].join(' '),
    ),
  response_body: z.string().nullable().describe('The first 1 KiB of the answer (no more is read)'),
  next_attempt_at: z.string().nullable().describe('When the next retry is due; null when none follows'),
});
