import { createHash, randomUUID } from 'node:crypto';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';

/**
 * An in-process SQS queue: delays (`DelaySeconds`), a consumer invoked with SQS events in batches,
 * batch item failures handed back after a visibility timeout, and a redrive to a dead-letter queue
 * after `maxReceiveCount` receives. Every timer is tracked, unref'd and cleared on `stop`.
 */

export type QueueConsumer = (event: SQSEvent) => Promise<SQSBatchResponse | void>;

export interface LocalQueueOptions {
  name: string;
  consumer?: QueueConsumer;
  batchSize?: number;
  maxReceiveCount?: number;
  /** How long a failed message stays invisible before it is received again. */
  visibilityTimeoutMs?: number;
  deadLetters?: LocalQueue;
  log?: (line: string) => void;
}

interface Message {
  id: string;
  body: string;
  receiveCount: number;
  sentAt: number;
}

const REGION = 'us-east-1';
const ACCOUNT = '000000000000';

export const md5 = (body: string): string => createHash('md5').update(body, 'utf8').digest('hex');

export class LocalQueue {
  readonly arn: string;
  /** Messages waiting for a consumer (a dead-letter queue has none): what a test inspects. */
  readonly held: Message[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private flushQueued = false;
  private stopped = false;
  /** Batches being handled, so `stop` lets them finish before the stand-ins behind them go away. */
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly options: LocalQueueOptions) {
    this.arn = `arn:aws:sqs:${REGION}:${ACCOUNT}:${options.name}`;
  }

  get name(): string {
    return this.options.name;
  }

  /** SendMessage: the message becomes visible after `delaySeconds`. */
  send(body: string, delaySeconds = 0): string {
    const message: Message = { id: randomUUID(), body, receiveCount: 0, sentAt: Date.now() };
    this.after(delaySeconds * 1000, () => this.arrive(message));
    return message.id;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.all(this.inFlight);
  }

  private after(ms: number, run: () => void): void {
    if (this.stopped) return;
    if (ms <= 0) return run();
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    timer.unref();
    this.timers.add(timer);
  }

  private arrive(message: Message): void {
    if (this.stopped) return;
    this.held.push(message);
    if (this.options.consumer && !this.flushQueued) {
      this.flushQueued = true;
      queueMicrotask(() => this.flush());
    }
  }

  /** Every batch is handed over at once, as Lambda scales out over a queue. */
  private flush(): void {
    this.flushQueued = false;
    while (this.held.length > 0 && !this.stopped) {
      const handled = this.receive(this.held.splice(0, this.options.batchSize ?? 10));
      this.inFlight.add(handled);
      void handled.finally(() => this.inFlight.delete(handled));
    }
  }

  private async receive(batch: Message[]): Promise<void> {
    for (const m of batch) m.receiveCount += 1;
    let failed: Set<string>;
    try {
      const response = await this.options.consumer?.({ Records: batch.map((m) => this.record(m)) });
      failed = new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
    } catch (error) {
      this.options.log?.(`queue ${this.name}: consumer failed: ${String(error)}`);
      failed = new Set(batch.map((m) => m.id));
    }
    for (const message of batch.filter((m) => failed.has(m.id))) this.handBack(message);
  }

  private handBack(message: Message): void {
    const { deadLetters, maxReceiveCount } = this.options;
    if (deadLetters && message.receiveCount >= (maxReceiveCount ?? Number.POSITIVE_INFINITY)) {
      deadLetters.send(message.body);
      return;
    }
    this.after(this.options.visibilityTimeoutMs ?? 1000, () => this.arrive(message));
  }

  private record(m: Message): SQSRecord {
    return {
      messageId: m.id,
      receiptHandle: m.id,
      body: m.body,
      attributes: {
        ApproximateReceiveCount: String(m.receiveCount),
        SentTimestamp: String(m.sentAt),
        SenderId: ACCOUNT,
        ApproximateFirstReceiveTimestamp: String(Date.now()),
      },
      messageAttributes: {},
      md5OfBody: md5(m.body),
      eventSource: 'aws:sqs',
      eventSourceARN: this.arn,
      awsRegion: REGION,
    };
  }
}
