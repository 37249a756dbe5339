import { join, resolve } from 'node:path';
import type { APIGatewayProxyResult } from 'aws-lambda';
import {
  type WebhookQueueDefinition,
  webhookDeliver,
  webhookFanOut,
  webhookFunctionId,
  webhookFunctionSource,
  webhookRulePattern,
} from '../lib/events/webhook-queues';
import type { LocalEventBus } from './event-bus';
import type { IncomingRequest } from './gateway-event';
import { runAs } from './iam';
import { LocalQueue, type QueueConsumer } from './queues';
import { handleSqsRequest, localQueueUrl, SQS_PATH } from './sqs-api';

/**
 * Webhook delivery on the local runtime, wired as deployed: a rule on the in-process bus → the
 * fan-out queue → the fan-out function → the delivery queue → the delivery function, each queue
 * with its dead-letter queue, behind the SQS API the handlers' SDK calls.
 */

const NAMES = {
  fanOut: 'agent-platform-local-webhook-fan-out',
  delivery: 'agent-platform-local-webhook-deliveries',
} as const;

/** What the handlers read; set before they load. Loopback receivers are allowed here, never deployed. */
export const localWebhookEnvironment = (apiUrl: string): Record<string, string> => ({
  AWS_ENDPOINT_URL_SQS: `${apiUrl}${SQS_PATH}`,
  WEBHOOK_DELIVERY_QUEUE_URL: localQueueUrl(apiUrl, NAMES.delivery),
});

export interface LocalWebhookDelivery {
  queues: readonly LocalQueue[];
  handle: (request: IncomingRequest) => APIGatewayProxyResult | null;
  stop: () => Promise<void>;
}

const root = resolve(__dirname, '..');
const consumerOf = async (definition: WebhookQueueDefinition): Promise<QueueConsumer> =>
  runAs(
    { name: webhookFunctionId(definition), serves: `queue function ${definition.handler}`, access: definition.access },
    ((await import(join(root, webhookFunctionSource(definition)))) as { handler: QueueConsumer }).handler,
  );

/** A failed message is handed back after a second here (deployed: the queue's visibility timeout). */
const queuePair = (
  name: string,
  definition: WebhookQueueDefinition,
  consumer: QueueConsumer,
  log: (line: string) => void,
): LocalQueue[] => {
  const deadLetters = new LocalQueue({ name: `${name}-dead-letters` });
  const queue = new LocalQueue({
    name,
    consumer,
    batchSize: definition.batchSize,
    maxReceiveCount: definition.maxReceiveCount,
    visibilityTimeoutMs: 1000,
    deadLetters,
    log,
  });
  return [queue, deadLetters];
};

export const startLocalWebhookDelivery = async (bus: LocalEventBus, log: (line: string) => void): Promise<LocalWebhookDelivery> => {
  const [fanOut, fanOutDeadLetters] = queuePair(NAMES.fanOut, webhookFanOut, await consumerOf(webhookFanOut), log) as [
    LocalQueue,
    LocalQueue,
  ];
  const [delivery, deliveryDeadLetters] = queuePair(NAMES.delivery, webhookDeliver, await consumerOf(webhookDeliver), log) as [
    LocalQueue,
    LocalQueue,
  ];
  // EventBridge's SQS target sends the whole event as the message body.
  bus.addRule(webhookRulePattern, (event) => {
    fanOut.send(JSON.stringify({ version: '0', account: '000000000000', region: 'local', ...event }));
  });
  const queues = [fanOut, fanOutDeadLetters, delivery, deliveryDeadLetters];
  return {
    queues,
    handle: (request) => (request.method === 'POST' && request.path.startsWith(SQS_PATH) ? handleSqsRequest(queues, request) : null),
    stop: async () => {
      await Promise.all(queues.map((q) => q.stop()));
    },
  };
};
