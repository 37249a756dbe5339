import { abandonDelivery, deferDelivery, deliveryWithAttempts, recordAttempt } from '../data/deliveries';
import { claimProbe, closeBreaker, countFailure, openBreaker } from '../data/webhook-breaker';
import { getWebhook } from '../data/webhooks';
import { type DeliveryMessage, enqueueDeliveries } from '../data/delivery-queue';
import { signingSecrets } from '../data/webhook-secrets';
import { gate, needsClosing, opening } from '../domain/webhooks/breaker';
import type { StoredWebhook } from '../domain/webhooks/model';
import { attemptOutcome, isDelivered } from '../domain/webhooks/outcome';
import type { Jitter } from '../domain/webhooks/retry';
import { signedHeaders } from '../domain/webhooks/signature';
import type { FetchPolicy } from '../flows/execution/tools/outbound-fetch';
import { logger } from '../shared/logger';
import { countMetric } from '../shared/observability';
import { sendWebhook } from './webhook-request';

/**
 * One message of the delivery queue: wait on (a hop) if it is early, skip it if its attempt was
 * already made, put it off unattempted while the endpoint's breaker is open, else sign and send,
 * record the attempt, move the breaker, and queue the next attempt when it is due. Reads: the
 * delivery (one query) and the endpoint (one get), breaker included; nothing else.
 */

export interface AttemptSettings {
  policy: FetchPolicy;
  jitter: Jitter;
  /** Shrinks retry waits (local runtime only; 1 deployed). */
  scale: number;
}

/** Until when this message must wait for the endpoint's breaker (null: attempt now); `probe`: this attempt is the one after a cool-down. */
const passBreaker = async (endpoint: StoredWebhook, now: Date): Promise<{ wait: string | null; probe: boolean }> => {
  const verdict = gate(endpoint, now);
  if (verdict.kind === 'attempt') return { wait: null, probe: false };
  if (verdict.kind === 'wait') return { wait: verdict.until, probe: false };
  return (await claimProbe(endpoint, verdict.ended, verdict.window)) ? { wait: null, probe: true } : { wait: verdict.window, probe: false };
};

/** The breaker after an attempt: a success closes it; a failure is counted, and the count (or a failed probe) may open it. */
const moveBreaker = async (endpoint: StoredWebhook, delivered: boolean, probe: boolean, now: Date): Promise<void> => {
  if (delivered) {
    if (probe || needsClosing(endpoint)) await closeBreaker(endpoint);
    return;
  }
  const counted = await countFailure(endpoint);
  const open = counted ? opening(counted, now, probe) : null;
  if (counted && open && (await openBreaker(endpoint, open.until, counted.circuit_opens ?? 0))) {
    logger.warn('webhook endpoint breaker opened', {
      webhook_id: endpoint.id,
      workspace_id: endpoint.workspace_id,
      until: open.until,
      failures: counted.circuit_failures,
    });
  }
};

const nextOf = (message: DeliveryMessage, notBefore: string): DeliveryMessage => ({
  ...message,
  attempt: message.attempt + 1,
  not_before: notBefore,
  manual: false,
});

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
  // A person's test or redelivery goes through: it is how one checks a receiver is back.
  const breaker = message.manual ? { wait: null, probe: false } : await passBreaker(endpoint, new Date());
  if (breaker.wait) {
    if (await deferDelivery(delivery, breaker.wait, new Date())) await enqueueDeliveries([{ ...message, not_before: breaker.wait }]);
    return;
  }

  const body = JSON.stringify(delivery.detail);
  const sentAt = new Date();
  const secrets = await signingSecrets(endpoint, sentAt);
  const result = await sendWebhook(endpoint.url, signedHeaders(secrets, delivery.event_id, sentAt, body), body, settings.policy);
  const now = new Date();
  const outcome = attemptOutcome(result, {
    attempt: message.attempt,
    manual: message.manual,
    endpoint,
    now,
    jitter: settings.jitter,
    scale: settings.scale,
  });
  const attempt = {
    number: message.attempt,
    at: sentAt.toISOString(),
    status_code: result.status_code,
    latency_ms: result.latency_ms,
    error: outcome.not_retried ? `${result.error}; ${outcome.not_retried}` : result.error,
    response_body: result.response_body,
    next_attempt_at: outcome.next_attempt_at,
  };
  await recordAttempt(delivery, attempt, outcome, endpoint, now);
  await moveBreaker(endpoint, isDelivered(result), breaker.probe, now);
  // Every attempt that did not deliver counts: a receiver failing shows before its retries run out.
  countMetric(outcome.status === 'delivered' ? 'WebhookDelivered' : 'WebhookFailed');
  logger.info('webhook attempt', {
    delivery_id: delivery.id,
    webhook_id: endpoint.id,
    attempt: message.attempt,
    status_code: result.status_code,
    outcome: outcome.status,
  });
  if (outcome.next_attempt_at) await enqueueDeliveries([nextOf(message, outcome.next_attempt_at)], now);
};
