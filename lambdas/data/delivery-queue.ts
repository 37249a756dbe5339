import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { hopDelaySeconds } from '../domain/webhooks/retry';
import { requiredEnv } from '../shared/env';
import { sqs } from './clients';

/**
 * The delivery queue: one message per attempt to make. A wait longer than SQS's 15-minute maximum
 * delay is made of hops: the message carries `not_before`, and a message that arrives early is sent
 * again with the rest of the wait (at most 15 min). Hops need no per-delivery schedule that would have
 * to be created and cleaned up; a delivery failing for all of its 3 days costs about 300 tiny messages.
 */

export interface DeliveryMessage {
  workspace_id: string;
  webhook_id: string;
  delivery_id: string;
  /** The attempt this message makes (1-based): a message whose attempt is already recorded is a repeat. */
  attempt: number;
  /** Not to be attempted before (ISO time); null: at once. */
  not_before: string | null;
  /** Asked for by someone (test, redeliver): one attempt, no retries of its own. */
  manual: boolean;
}

const BATCH = 10;

const queueUrl = requiredEnv('WEBHOOK_DELIVERY_QUEUE_URL');

export const enqueueDeliveries = async (messages: readonly DeliveryMessage[], now = new Date()): Promise<void> => {
  for (let start = 0; start < messages.length; start += BATCH) {
    const batch = messages.slice(start, start + BATCH);
    const { Failed } = await sqs().send(
      new SendMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: batch.map((message, i) => ({
          Id: String(i),
          MessageBody: JSON.stringify(message),
          DelaySeconds: hopDelaySeconds(message.not_before, now),
        })),
      }),
    );
    if (Failed?.length)
      throw new Error(`the delivery queue refused ${Failed.length} message(s): ${Failed.map((f) => f.Message ?? f.Code).join('; ')}`);
  }
};
