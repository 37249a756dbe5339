import type { APIGatewayProxyResult } from 'aws-lambda';
import type { IncomingRequest } from './gateway-event';
import { type LocalQueue, md5 } from './queues';

/**
 * The SQS API (AWS JSON 1.0) as the handlers' SDK calls it: `AWS_ENDPOINT_URL_SQS` points at
 * `/__aws/sqs` on the local server, and a queue URL ends with the queue's name.
 */

export const SQS_PATH = '/__aws/sqs';

export const localQueueUrl = (apiUrl: string, name: string): string => `${apiUrl}${SQS_PATH}/000000000000/${name}`;

const answer = (statusCode: number, body: unknown): APIGatewayProxyResult => ({
  statusCode,
  headers: { 'Content-Type': 'application/x-amz-json-1.0' },
  body: JSON.stringify(body),
});

const refusal = (type: string, message: string) => answer(400, { __type: `com.amazonaws.sqs#${type}`, message });

interface Entry {
  Id?: string;
  MessageBody?: string;
  DelaySeconds?: number;
}
interface Body extends Entry {
  QueueUrl?: string;
  Entries?: Entry[];
}

const MAX_DELAY_SECONDS = 900;
const validDelay = (delay: number | undefined) =>
  delay === undefined || (Number.isInteger(delay) && delay >= 0 && delay <= MAX_DELAY_SECONDS);

export const handleSqsRequest = (queues: readonly LocalQueue[], request: IncomingRequest): APIGatewayProxyResult => {
  const operation = String(request.headers['x-amz-target'] ?? '').replace(/^AmazonSQS\./, '');
  let body: Body;
  try {
    body = JSON.parse(request.body.toString('utf8') || '{}') as Body;
  } catch {
    return refusal('InvalidParameterValue', 'the request body is not JSON');
  }
  const queue = queues.find((q) => body.QueueUrl?.split('/').at(-1) === q.name);
  if (!queue) return refusal('QueueDoesNotExist', `no local queue at ${body.QueueUrl ?? '(no QueueUrl)'}`);
  if (operation === 'SendMessage') {
    if (typeof body.MessageBody !== 'string' || !validDelay(body.DelaySeconds))
      return refusal('InvalidParameterValue', 'MessageBody and DelaySeconds (0–900) are required');
    return answer(200, { MessageId: queue.send(body.MessageBody, body.DelaySeconds), MD5OfMessageBody: md5(body.MessageBody) });
  }
  if (operation === 'SendMessageBatch') {
    const entries = body.Entries ?? [];
    if (entries.length === 0 || entries.length > 10)
      return refusal('AWS.SimpleQueueService.TooManyEntriesInBatchRequest', 'a batch holds 1 to 10 entries');
    const Successful = [];
    const Failed = [];
    for (const entry of entries) {
      if (typeof entry.MessageBody !== 'string' || !validDelay(entry.DelaySeconds)) {
        Failed.push({
          Id: entry.Id,
          SenderFault: true,
          Code: 'InvalidParameterValue',
          Message: 'MessageBody and DelaySeconds (0–900) are required',
        });
      } else {
        Successful.push({
          Id: entry.Id,
          MessageId: queue.send(entry.MessageBody, entry.DelaySeconds),
          MD5OfMessageBody: md5(entry.MessageBody),
        });
      }
    }
    return answer(200, { Successful, Failed });
  }
  return refusal('UnsupportedOperation', `${operation} is not served locally`);
};
