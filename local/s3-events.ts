import { join } from 'node:path';
import type { EventBridgeEvent } from 'aws-lambda';
import { type BUCKET_OBJECT_EVENTS, eventFunctionId, eventFunctionSource, filesReconcile } from '../lib/events/event-functions';
import { runAs } from './iam';
import type { LocalS3, S3rverRecord } from './s3';

/**
 * The files bucket's notifications, locally: what s3rver reports (S3 notification records) is
 * handed to the storage reconciler as the deployed rule hands it S3's EventBridge events, under the
 * function's declared access. Deliveries are tracked so that stopping waits for those in flight.
 */

type BucketEvent = EventBridgeEvent<
  (typeof BUCKET_OBJECT_EVENTS)[number],
  { bucket: { name: string }; object: { key: string; size?: number; etag?: string } }
>;

/** `ObjectCreated:Put` → `Object Created`, `ObjectRemoved:Delete` → `Object Deleted`; null for anything else. */
export const eventBridgeEventOf = (record: S3rverRecord): BucketEvent | null => {
  const detailType = record.eventName.startsWith('ObjectCreated:')
    ? 'Object Created'
    : record.eventName.startsWith('ObjectRemoved:')
      ? 'Object Deleted'
      : null;
  if (!detailType) return null;
  const { key, size, eTag } = record.s3.object;
  return {
    version: '0',
    id: `${record.s3.object.sequencer ?? Date.now()}-${key}`,
    'detail-type': detailType,
    source: 'aws.s3',
    account: '000000000000',
    time: record.eventTime,
    region: 'local',
    resources: [`arn:aws:s3:::${record.s3.bucket.name}`],
    detail: {
      bucket: { name: record.s3.bucket.name },
      object: { key, ...(size === undefined ? {} : { size }), ...(eTag ? { etag: eTag } : {}) },
    },
  };
};

export interface LocalBucketEvents {
  /** Resolves once every delivery so far has finished. */
  drain: () => Promise<void>;
}

export const deliverBucketEvents = async (s3: LocalS3, root: string, log: (line: string) => void): Promise<LocalBucketEvents> => {
  const module = (await import(join(root, eventFunctionSource(filesReconcile)))) as { handler: (event: BucketEvent) => Promise<void> };
  const handler = runAs(
    { name: eventFunctionId(filesReconcile), serves: 'the files bucket notifications', access: filesReconcile.access },
    module.handler,
  );
  const inFlight = new Set<Promise<void>>();
  s3.onObjectChange((record) => {
    const event = eventBridgeEventOf(record);
    if (!event || !event.detail.object.key.startsWith('ws/')) return;
    // Deployed, a failed delivery is retried and then dead-lettered; here it is logged and the runtime keeps serving.
    const delivery = handler(event).catch((error: unknown) =>
      log(`files-reconcile failed for ${event.detail.object.key}: ${String(error)}`),
    );
    inFlight.add(delivery);
    void delivery.finally(() => inFlight.delete(delivery));
  });
  return { drain: async () => void (await Promise.all([...inFlight])) };
};
