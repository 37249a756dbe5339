import type { SQSEvent } from 'aws-lambda';
import { LocalQueue } from '../../../local/queues';
import { handleSqsRequest } from '../../../local/sqs-api';

/** The in-process SQS stand-in: delays, batches, batch item failures, the redrive to a dead-letter queue, a clean stop. */

const until = async (done: () => boolean, deadlineMs = 5_000) => {
  const deadline = Date.now() + deadlineMs;
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
};

const request = (target: string, body: unknown) => ({
  method: 'POST',
  path: '/__aws/sqs',
  query: new URLSearchParams(),
  headers: { 'x-amz-target': `AmazonSQS.${target}` },
  body: Buffer.from(JSON.stringify(body)),
  sourceIp: '127.0.0.1',
});

describe('a local queue', () => {
  const queues: LocalQueue[] = [];
  afterEach(() => Promise.all(queues.splice(0).map((q) => q.stop())));
  const aQueue = (options: ConstructorParameters<typeof LocalQueue>[0]) => {
    const queue = new LocalQueue(options);
    queues.push(queue);
    return queue;
  };

  it('hands messages to its consumer as SQS events, in batches', async () => {
    const seen: SQSEvent[] = [];
    const queue = aQueue({ name: 'q', batchSize: 2, consumer: async (event) => void seen.push(event) });
    for (const body of ['a', 'b', 'c']) queue.send(body);
    await until(() => seen.flatMap((e) => e.Records).length === 3);
    expect(seen.map((e) => e.Records.map((r) => r.body))).toEqual([['a', 'b'], ['c']]);
    expect(seen[0]?.Records[0]).toMatchObject({
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:q',
      attributes: { ApproximateReceiveCount: '1' },
    });
  });

  it('holds a delayed message back for its delay', async () => {
    const received: number[] = [];
    const queue = aQueue({ name: 'q', consumer: async () => void received.push(Date.now()) });
    const sent = Date.now();
    queue.send('later', 1);
    await until(() => received.length === 1);
    expect((received[0] ?? 0) - sent).toBeGreaterThanOrEqual(990);
  });

  it('receives a reported failure again, and moves it to the dead-letter queue after maxReceiveCount receives', async () => {
    const deadLetters = aQueue({ name: 'dlq' });
    const counts: string[] = [];
    const queue = aQueue({
      name: 'q',
      maxReceiveCount: 3,
      visibilityTimeoutMs: 10,
      deadLetters,
      consumer: async (event) => {
        counts.push(...event.Records.map((r) => `${r.body}:${r.attributes.ApproximateReceiveCount}`));
        return { batchItemFailures: event.Records.filter((r) => r.body === 'poison').map((r) => ({ itemIdentifier: r.messageId })) };
      },
    });
    queue.send('poison');
    queue.send('fine');
    await until(() => deadLetters.held.length === 1);
    expect(counts.sort()).toEqual(['fine:1', 'poison:1', 'poison:2', 'poison:3']);
    expect(deadLetters.held.map((m) => m.body)).toEqual(['poison']);
  });

  it('delivers nothing once stopped, and leaves no timer behind', () => {
    jest.useFakeTimers();
    try {
      const received: string[] = [];
      const queue = aQueue({ name: 'q', consumer: async (e) => void received.push(...e.Records.map((r) => r.body)) });
      queue.send('delayed', 1);
      expect(jest.getTimerCount()).toBe(1);
      void queue.stop();
      expect(jest.getTimerCount()).toBe(0);
      jest.advanceTimersByTime(2_000);
      expect(received).toEqual([]);
    } finally {
      jest.useRealTimers();
    }
  });

  it('serves SendMessageBatch as SQS does, with each body’s MD5, and refuses an unknown queue', () => {
    const queue = aQueue({ name: 'agent-platform-local-x' });
    const url = 'http://127.0.0.1:1/__aws/sqs/000000000000/agent-platform-local-x';
    const res = handleSqsRequest(
      [queue],
      request('SendMessageBatch', {
        QueueUrl: url,
        Entries: [
          { Id: '0', MessageBody: 'hello', DelaySeconds: 0 },
          { Id: '1', MessageBody: 'x', DelaySeconds: 901 },
        ],
      }),
    );
    const body = JSON.parse(res.body);
    expect(body.Successful).toEqual([{ Id: '0', MessageId: expect.any(String), MD5OfMessageBody: '5d41402abc4b2a76b9719d911017c592' }]);
    expect(body.Failed).toEqual([expect.objectContaining({ Id: '1', SenderFault: true })]);
    const missing = handleSqsRequest([queue], request('SendMessage', { QueueUrl: `${url}-nope`, MessageBody: 'x' }));
    expect(missing.statusCode).toBe(400);
    expect(JSON.parse(missing.body).__type).toContain('QueueDoesNotExist');
  });
});
