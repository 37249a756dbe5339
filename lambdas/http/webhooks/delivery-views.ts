import { type Delivery, type DeliveryAttempt, keptBody } from '../../domain/webhooks/model';

/** What the API shows of a delivery and an attempt: never the stored event body or storage fields. */

export const deliveryView = (d: Delivery) => ({
  id: d.id,
  webhook_id: d.webhook_id,
  event_id: d.event_id,
  event: d.event,
  status: d.status,
  attempts: d.attempts,
  last_status_code: d.last_status_code,
  next_attempt_at: d.next_attempt_at,
  created_at: d.created_at,
  updated_at: d.updated_at,
});

export const attemptView = (a: DeliveryAttempt) => ({
  number: a.number,
  at: a.at,
  status_code: a.status_code,
  latency_ms: a.latency_ms,
  error: a.error,
  response_body: keptBody(a.response_body),
  next_attempt_at: a.next_attempt_at,
});
