import type { Delivery } from './model';

/** How long past its due time a queued attempt may be late before it counts as lost (its message dead-lettered). */
export const LOST_AFTER_MS = 30 * 60 * 1000;

/** Settled deliveries, and ones whose queued attempt is long overdue (lost), may be sent again. */
export const redeliverable = (delivery: Delivery, now: Date): boolean =>
  delivery.status === 'delivered' ||
  delivery.status === 'failed' ||
  now.getTime() - Date.parse(delivery.next_attempt_at ?? delivery.updated_at) > LOST_AFTER_MS;
