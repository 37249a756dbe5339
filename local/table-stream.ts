import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamsRecord,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent, StreamRecord } from 'aws-lambda';

/**
 * What Lambda's event source mapping does deployed, against DynamoDB Local's stream: find the
 * shards (a child once its parent is read to its end), read each from where the last relay
 * stopped, and hand each page, as a DynamoDBStreamEvent, to the same handler. A batch that throws
 * or answers `batchItemFailures` is retried from the failed record after a backoff, never skipped
 * and never passed. With a data directory, the last relayed sequence number of each shard is kept
 * in a file, so a restart neither relays a record twice nor loses one.
 */

export type StreamHandler = (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse | void>;

export interface TableStreamOptions {
  endpoint: string;
  streamArn: string;
  handler: StreamHandler;
  /** Where the per-shard position is kept across restarts; in memory when absent. */
  checkpointFile?: string;
  log: (line: string) => void;
}

export interface TableStream {
  stop: () => Promise<void>;
}

/**
 * Right after records, the next page is asked for at once; each empty poll waits longer, from tens
 * of milliseconds up to a fifth of a second, so an idle runtime costs little and a busy one relays
 * an event tens of milliseconds after its commit.
 */
const FIRST_POLL_MS = 20;
const IDLE_POLL_MS = 200;
const DESCRIBE_EVERY_MS = 5_000;
const FIRST_BACKOFF_MS = 50;
const MAX_BACKOFF_MS = 1_000;
const RECORDS_PER_PAGE = 100;

interface Shard {
  id: string;
  parent: string | undefined;
  /** undefined: not asked for yet; null: the shard is closed and read to its end. */
  iterator: string | null | undefined;
}

interface Checkpoints {
  streamArn: string;
  shards: Record<string, string>;
}

const loadCheckpoints = (file: string | undefined, streamArn: string): Checkpoints => {
  if (!file || !existsSync(file)) return { streamArn, shards: {} };
  const saved = JSON.parse(readFileSync(file, 'utf8')) as Checkpoints;
  // Another stream (the table was created again): its positions mean nothing here.
  return saved.streamArn === streamArn ? saved : { streamArn, shards: {} };
};

const lambdaRecord = (record: StreamsRecord, streamArn: string): DynamoDBRecord => ({
  eventID: record.eventID,
  eventName: record.eventName,
  eventVersion: record.eventVersion,
  eventSource: record.eventSource,
  awsRegion: record.awsRegion,
  eventSourceARN: streamArn,
  // The SDK's and aws-lambda's types describe the same wire format; Lambda gives the time in seconds.
  dynamodb: {
    ...record.dynamodb,
    ApproximateCreationDateTime:
      record.dynamodb?.ApproximateCreationDateTime && record.dynamodb.ApproximateCreationDateTime.getTime() / 1000,
  } as StreamRecord,
});

const sequenceOf = (record: DynamoDBRecord): string => record.dynamodb?.SequenceNumber ?? '';

export const startTableStream = (options: TableStreamOptions): TableStream => {
  const { streamArn, handler, checkpointFile, log } = options;
  const streams = new DynamoDBStreamsClient({
    endpoint: options.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const checkpoints = loadCheckpoints(checkpointFile, streamArn);
  const shards = new Map<string, Shard>();
  let stopped = false;
  let wake: () => void = () => undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const checkpoint = (shardId: string, sequence: string) => {
    checkpoints.shards[shardId] = sequence;
    if (!checkpointFile) return;
    writeFileSync(`${checkpointFile}.tmp`, JSON.stringify(checkpoints));
    renameSync(`${checkpointFile}.tmp`, checkpointFile);
  };

  const discover = async () => {
    let start: string | undefined;
    do {
      const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: start }));
      for (const shard of StreamDescription?.Shards ?? []) {
        if (shard.ShardId && !shards.has(shard.ShardId))
          shards.set(shard.ShardId, { id: shard.ShardId, parent: shard.ParentShardId, iterator: undefined });
      }
      start = StreamDescription?.LastEvaluatedShardId;
    } while (start);
  };

  /** A child shard is read once its parent is read to its end, so no record passes an earlier one. */
  const readable = (shard: Shard) =>
    shard.iterator !== null && (!shard.parent || shards.get(shard.parent)?.iterator === null || !shards.has(shard.parent));

  const iteratorOf = async (shard: Shard): Promise<string | undefined> => {
    const after = checkpoints.shards[shard.id];
    const from = (
      position: { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER'; SequenceNumber: string } | { ShardIteratorType: 'TRIM_HORIZON' },
    ) => streams.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shard.id, ...position }));
    if (!after) return (await from({ ShardIteratorType: 'TRIM_HORIZON' })).ShardIterator;
    try {
      return (await from({ ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: after })).ShardIterator;
    } catch (error) {
      // Stopped for longer than the stream keeps records: what is left starts after the checkpoint anyway.
      if ((error as Error).name !== 'TrimmedDataAccessException') throw error;
      log(`the stream no longer holds records after ${after} in shard ${shard.id}; reading from its oldest`);
      return (await from({ ShardIteratorType: 'TRIM_HORIZON' })).ShardIterator;
    }
  };

  /** Hands `records` to the handler until it takes them all; false when stopped first. */
  const relay = async (shard: Shard, records: DynamoDBRecord[]): Promise<boolean> => {
    let pending = records;
    let backoff = FIRST_BACKOFF_MS;
    while (!stopped) {
      let failedAt = -1;
      try {
        const failure = (await handler({ Records: pending }))?.batchItemFailures?.[0]?.itemIdentifier;
        if (failure !== undefined)
          failedAt = Math.max(
            pending.findIndex((r) => sequenceOf(r) === failure),
            0,
          );
      } catch (error) {
        log(`outbox relay failed; retrying: ${String(error)}`);
        failedAt = 0;
      }
      const relayed = failedAt < 0 ? pending : pending.slice(0, failedAt);
      const last = relayed[relayed.length - 1];
      if (last) checkpoint(shard.id, sequenceOf(last));
      if (failedAt < 0) return true;
      pending = pending.slice(failedAt);
      await pause(backoff);
      backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    }
    return false;
  };

  /** One page of one shard; true when it had records (so the next page is asked for at once). */
  const poll = async (shard: Shard): Promise<boolean> => {
    shard.iterator ??= await iteratorOf(shard);
    if (!shard.iterator) return false;
    let page;
    try {
      page = await streams.send(new GetRecordsCommand({ ShardIterator: shard.iterator, Limit: RECORDS_PER_PAGE }));
    } catch (error) {
      // An iterator lives 15 minutes: a long outage outlives it. Ask again from the checkpoint.
      if ((error as Error).name !== 'ExpiredIteratorException') throw error;
      shard.iterator = undefined;
      return true;
    }
    const records = (page.Records ?? []).map((record) => lambdaRecord(record, streamArn));
    if (records.length > 0 && !(await relay(shard, records))) return false;
    shard.iterator = page.NextShardIterator ?? null;
    return records.length > 0;
  };

  const run = async () => {
    let described = 0;
    let idle = FIRST_POLL_MS;
    while (!stopped) {
      try {
        if (Date.now() - described >= DESCRIBE_EVERY_MS) {
          await discover();
          described = Date.now();
        }
        let busy = false;
        for (const shard of [...shards.values()].filter(readable)) {
          if (stopped) break;
          busy = (await poll(shard)) || busy;
          if (shard.iterator === null) described = 0;
        }
        if (busy) idle = FIRST_POLL_MS;
        else {
          await pause(idle);
          idle = Math.min(idle * 2, IDLE_POLL_MS);
        }
      } catch (error) {
        if (stopped) break;
        log(`reading the table's stream failed; retrying: ${String(error)}`);
        await pause(MAX_BACKOFF_MS);
      }
    }
  };

  const running = run();
  return {
    stop: async () => {
      stopped = true;
      wake();
      await running;
      streams.destroy();
    },
  };
};
