import { EVENT_SOURCE, PUBLIC_EVENTS } from '../../lambdas/shared/event-types';
import type { EventFunctionAccess } from './event-functions';

/**
 * The webhook delivery path, as both CDK and the local runtime build it: a bus rule for every
 * public event → the fan-out queue → `webhook-fan-out` → the delivery queue → `webhook-deliver`.
 * Each queue has a dead-letter queue for messages its function keeps failing on.
 */

export interface WebhookQueueDefinition {
  /** Module under `lambdas/events`, without extension. */
  handler: string;
  summary: string;
  access: EventFunctionAccess;
  /** Messages per invocation. */
  batchSize: number;
  /** Receives before a message that keeps failing moves to the dead-letter queue. */
  maxReceiveCount: number;
}

export const webhookFanOut: WebhookQueueDefinition = {
  handler: 'webhook-fan-out',
  summary: "Records one delivery per subscribed endpoint of the event's workspace and queues it",
  // Reads endpoints, writes deliveries; sends to the delivery queue.
  access: { table: 'write', deliveries: 'send' },
  batchSize: 10,
  maxReceiveCount: 5,
};

export const webhookDeliver: WebhookQueueDefinition = {
  handler: 'webhook-deliver',
  summary: 'Signs and sends one webhook attempt, records it, and queues the next one when it is due',
  // Unseals signing secrets; records attempts, deliveries, endpoint state and `webhook.disabled` in the outbox; re-queues itself.
  access: { table: 'write', secrets: 'read', deliveries: 'send' },
  batchSize: 10,
  maxReceiveCount: 5,
};

/** Every event a webhook may subscribe to, from the platform's own source. */
export const webhookRulePattern = { source: [EVENT_SOURCE], 'detail-type': [...PUBLIC_EVENTS] };

/** `webhook-deliver` → `events-webhook-deliver`: the bundle directory and construct id, as for event functions. */
export const webhookFunctionId = (d: Pick<WebhookQueueDefinition, 'handler'>): string => `events-${d.handler}`;
export const webhookFunctionSource = (d: Pick<WebhookQueueDefinition, 'handler'>): string => `lambdas/events/${d.handler}.ts`;
