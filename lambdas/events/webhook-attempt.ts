import { abandonDelivery, deliveryWithAttempts, recordAttempt } from '../data/deliveries';
import { getWebhook } from '../data/webhooks';
import { type DeliveryMessage, enqueueDeliveries } from '../data/delivery-queue';
import { signingSecrets } from '../data/webhook-secrets';
import { attemptOutcome } from '../domain/webhooks/outcome';
import type { Jitter } from '../domain/webhooks/retry';
import { signedHeaders } from '../domain/webhooks/signature';
import type { FetchPolicy } from '../executions/tools/outbound-fetch';
import { logger } from '../shared/logger';
import { countMetric } from '../shared/observability';
import { sendWebhook } from './webhook-request';

/**
 * One message of the delivery queue: wait on (a hop) if it is early, skip it if its attempt was
 * already made, else sign and send, record the attempt, and queue the next one when it is due.
 */

export interface AttemptSettings {
  policy: FetchPolicy;
  jitter: Jitter;
  /** Shrinks retry waits (local runtime only; 1 deployed). */
  scale: number;
}

const nextOf = (message: DeliveryMessage, notBefore: string): DeliveryMessage => ({ ...message, attempt: message.attempt + 1, not_before: notBefore, manual: false });

export const handleDeliveryMessage = async (message: DeliveryMessage, settings: AttemptSettings): Promise<void> => {
  if (message.not_before && Date.parse(message.not_before) > Date.now()) return enqueueDeliveries([message]);
  const found = await deliveryWithAttempts(message.webhook_id, message.delivery_id);
  if (!found) return logger.warn('delivery no longer exists', { delivery_id: message.delivery_id });
  const { delivery } = found;
  if (delivery.attempts >= message.attempt) {
    // A repeat of a message already handled: its next attempt may not have been queued before the repeat.
    if (delivery.attempts === message.attempt && delivery.status === 'retrying' && delivery.next_attempt_at) {
      await enqueueDeliveries([nextOf(message, delivery.next_attempt_at)]);
    }
    return;
  }
  const endpoint = await getWebhook(message.workspace_id, message.webhook_id);
  if (!endpoint || (!endpoint.enabled && !message.manual)) return abandonDelivery(delivery, new Date());

  const body = JSON.stringify(delivery.detail);
  const sentAt = new Date();
  const secrets = await signingSecrets(endpoint, sentAt);
  const result = await sendWebhook(endpoint.url, signedHeaders(secrets, delivery.event_id, sentAt, body), body, settings.policy);
  const now = new Date();
  const outcome = attemptOutcome(result, { attempt: message.attempt, manual: message.manual, endpoint, now, jitter: settings.jitter, scale: settings.scale });
  await recordAttempt(delivery, { number: message.attempt, at: sentAt.toISOString(), ...result, next_attempt_at: outcome.next_attempt_at }, outcome, endpoint, now);
  // Every attempt that did not deliver counts: a receiver failing shows before its retries run out.
  countMetric(outcome.status === 'delivered' ? 'WebhookDelivered' : 'WebhookFailed');
  logger.info('webhook attempt', { delivery_id: delivery.id, webhook_id: endpoint.id, attempt: message.attempt, status_code: result.status_code, outcome: outcome.status });
  if (outcome.next_attempt_at) await enqueueDeliveries([nextOf(message, outcome.next_attempt_at)], now);
};
