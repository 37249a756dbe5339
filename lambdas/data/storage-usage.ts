import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { quotaExceeded, roomBefore } from '../domain/files/quota';
import { Conflict } from '../domain/errors';
import { storageUsageKey } from './keys';
import { transact, type TransactItem } from './operations';
import { ddb, tableName } from './table';

/**
 * The workspace's storage counter: bytes of agent files, moved by atomic `ADD`s of size deltas,
 * always in the transaction of the change that moves it. Growth carries a condition, so two writers
 * racing for the last bytes cannot both get them; a refused growth answers 403 QUOTA_EXCEEDED with the
 * figures. The counter never goes below zero: a refund larger than what it holds clamps it to zero
 * (bytes stored before every write was accounted, or refunded twice by a purge racing a delete, would
 * otherwise leave it negative, and a negative counter is free quota).
 */

const bytesOf = (item: Record<string, unknown> | undefined): number => Math.max(0, Number(item?.bytes ?? 0));

export const storageUsed = async (workspaceId: string): Promise<number> =>
  bytesOf(
    (await ddb.send(new GetCommand({ TableName: tableName, Key: storageUsageKey(workspaceId), ProjectionExpression: 'bytes' }))).Item,
  );

/** The refund is retried as a clamp to zero; only a counter that keeps moving lets it reach a caller. */
class RefundExceedsCounter extends Conflict {
  constructor() {
    super('CONCURRENT_MODIFICATION', 'the storage counter changed while this request ran; send it again');
  }
}

const refusal = (delta: number, limit: number | null) => (old: Record<string, unknown> | undefined) =>
  quotaExceeded({ used: bytesOf(old), limit: limit ?? 0, requested: delta });

const counter = (workspaceId: string) => ({
  TableName: tableName,
  Key: storageUsageKey(workspaceId),
  ExpressionAttributeNames: { '#bytes': 'bytes' },
});

/** Growth against `limit`: a missing counter holds 0 bytes, and a delta over the whole quota never gets here. */
const growth = (workspaceId: string, delta: number, limit: number | null): TransactItem => {
  const room = roomBefore(delta, limit);
  return {
    Update: {
      ...counter(workspaceId),
      UpdateExpression: 'ADD #bytes :delta',
      ...(room === null
        ? { ExpressionAttributeValues: { ':delta': delta } }
        : {
            ConditionExpression: 'attribute_not_exists(#bytes) OR #bytes <= :room',
            ExpressionAttributeValues: { ':delta': delta, ':room': room },
          }),
    },
    onConditionFail: refusal(delta, limit),
  };
};

const refund = (workspaceId: string, delta: number): TransactItem => ({
  Update: {
    ...counter(workspaceId),
    UpdateExpression: 'ADD #bytes :delta',
    ConditionExpression: '#bytes >= :refund',
    ExpressionAttributeValues: { ':delta': delta, ':refund': -delta },
  },
  onConditionFail: () => new RefundExceedsCounter(),
});

/** The refund that does not fit, as a clamp: refused in turn if the counter grew past it meanwhile. */
const clampToZero = (workspaceId: string, delta: number): TransactItem => ({
  Update: {
    ...counter(workspaceId),
    UpdateExpression: 'SET #bytes = :zero',
    ConditionExpression: 'attribute_not_exists(#bytes) OR #bytes < :refund',
    ExpressionAttributeValues: { ':zero': 0, ':refund': -delta },
  },
  onConditionFail: () => new RefundExceedsCounter(),
});

/** More than the whole quota never fits, whatever is used: refused without a conditional write. */
const refuseImpossible = async (workspaceId: string, delta: number, limit: number | null): Promise<void> => {
  const room = roomBefore(delta, limit);
  if (room !== null && room < 0) throw refusal(delta, limit)({ bytes: await storageUsed(workspaceId) });
};

/** Refund and clamp alternate while other writers keep moving the counter between the two. */
const REFUND_ATTEMPTS = 6;

/**
 * Moves the counter by `delta` (growth refused past `limit`) together with `also`, all or nothing.
 * `also`'s own conditions decide as usual: the first refused one with a mapped error is thrown.
 */
export const commitStorageChange = async (
  workspaceId: string,
  delta: number,
  limit: number | null,
  also: readonly TransactItem[] = [],
): Promise<void> => {
  if (delta === 0) {
    if (also.length > 0) await transact(also);
    return;
  }
  if (delta > 0) {
    await refuseImpossible(workspaceId, delta, limit);
    await transact([...also, growth(workspaceId, delta, limit)]);
    return;
  }
  for (let attempt = 0; ; attempt += 1) {
    try {
      await transact([...also, attempt % 2 === 0 ? refund(workspaceId, delta) : clampToZero(workspaceId, delta)]);
      return;
    } catch (error) {
      if (!(error instanceof RefundExceedsCounter) || attempt + 1 >= REFUND_ATTEMPTS) throw error;
    }
  }
};

/** The counter alone: a reservation's growth, or a refund (clamped at zero). */
export const chargeStorage = (workspaceId: string, delta: number, limit: number | null): Promise<void> =>
  commitStorageChange(workspaceId, delta, limit);
