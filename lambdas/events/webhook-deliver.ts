import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type { DeliveryMessage } from '../data/delivery-queue';
import { optionalEnv } from '../shared/env';
import { webhookTargetPolicy } from '../shared/webhook-target-policy';
import { logger } from '../shared/logger';
import { type AttemptSettings, handleDeliveryMessage } from './webhook-attempt';
import { webhookPolicy } from './webhook-request';
import { observed } from '../shared/observability';

/**
 * The delivery queue's consumer. A message that fails (the table or the queue unreachable, not a
 * failed attempt: that is recorded) is handed back with a batch item failure; after a few receives
 * SQS moves it to the dead-letter queue. A delivery that used every attempt is recorded `failed`.
 */

const settings: AttemptSettings = {
  // Loopback receivers only on the local runtime, for a receiver on localhost; never deployed.
  policy: webhookPolicy(webhookTargetPolicy().allowLoopback),
  jitter: Math.random,
  // Set by the local runtime's tests only, so retries take seconds, not hours; never by CDK.
  scale: Number(optionalEnv('WEBHOOK_RETRY_DELAY_SCALE') ?? '1'),
};
if (!(settings.scale > 0 && settings.scale <= 1)) throw new Error('WEBHOOK_RETRY_DELAY_SCALE must be a number in (0, 1]');

export const handler = observed(async (event: SQSEvent): Promise<SQSBatchResponse> => {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  await Promise.all(
    event.Records.map(async (record) => {
      try {
        await handleDeliveryMessage(JSON.parse(record.body) as DeliveryMessage, settings);
      } catch (error) {
        logger.error('delivery message failed; SQS will hand it over again', { message_id: record.messageId, error });
        batchItemFailures.push({ itemIdentifier: record.messageId });
      }
    }),
  );
  return { batchItemFailures };
});
