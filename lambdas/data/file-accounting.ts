import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { Conflict } from '../domain/errors';
import { retryOnConflict } from '../shared/retry-conflict';
import { agentFileKey, headObject } from './agent-file-objects';
import {
  type AgentRef,
  expiredUploads,
  landed,
  type PendingUpload,
  pathHash,
  pendingUploadOf,
  releaseUpload,
  removePendingUpload,
} from './file-uploads';
import { batchGetItems } from './batch';
import { fileSizeKey, pendingUploadKey } from './keys';
import type { TransactItem } from './operations';
import { commitStorageChange } from './storage-usage';
import { ddb, tableName } from './table';

/**
 * What the storage counter holds for each stored file: a size item per path, moved in the same
 * transaction as the counter and conditioned on the size it replaces, so two writers of one path
 * never both count (no HEAD-then-add race) and a file is refunded once, by what was charged for it.
 * `reconcileFile` brings a path's item to what S3 holds now, whoever put it there (the API, a
 * presigned URL, scoped credentials): run after every API write and delete and on every bucket
 * notification, it is idempotent, and the last run after the last change leaves the counter exact.
 */

export interface FileSize {
  size: number;
  etag: string | null;
}

/** A path's accounting: what it holds (null: nothing) and its revision, which every change bumps. */
export interface Accounted {
  file: FileSize | null;
  rev: number;
}

const accounting = (item: Record<string, unknown> | undefined): Accounted => {
  if (!item) return { file: null, rev: 0 };
  const file = item.present === false ? null : { size: Number(item.size), etag: typeof item.etag === 'string' ? item.etag : null };
  return { file, rev: Number(item.rev ?? 0) };
};

const accountedOf = async (agentId: string, path: string): Promise<Accounted> => {
  const { Item } = await ddb.send(
    new GetCommand({ TableName: tableName, Key: fileSizeKey(agentId, pathHash(path)), ConsistentRead: true }),
  );
  return accounting(Item);
};

export const storedFileSize = async (agentId: string, path: string): Promise<FileSize | null> => (await accountedOf(agentId, path)).file;

/** The path's accounting and the upload pending on it, in one read. */
const accountedWithPending = async (agent: AgentRef, path: string): Promise<{ from: Accounted; pending: PendingUpload | null }> => {
  const sizeKey = fileSizeKey(agent.id, pathHash(path));
  const items = await batchGetItems([sizeKey, pendingUploadKey(agent.id, pathHash(path))], true);
  const [sized, pending] = [items.find((i) => i.SK === sizeKey.SK), items.find((i) => i.SK !== sizeKey.SK)];
  return { from: accounting(sized), pending: (pending as PendingUpload | undefined) ?? null };
};

const changed = (path: string) => () => new Conflict('CONCURRENT_MODIFICATION', `${path} changed while this request ran; send it again`);

/**
 * The path's item moved from revision `from` to what `next` holds, refused if anyone moved it since.
 * A removed file leaves its item behind holding nothing (a tombstone, gone with the agent's purge): a
 * revision that restarted at zero would let a reconcile that read S3 long ago overwrite a newer change.
 */
const sizeItemChange = (agent: AgentRef, path: string, from: Accounted, next: FileSize | null): TransactItem => ({
  Put: {
    TableName: tableName,
    Item: {
      ...fileSizeKey(agent.id, pathHash(path)),
      path,
      present: next !== null,
      size: next?.size ?? 0,
      etag: next?.etag ?? null,
      rev: from.rev + 1,
    },
    ...(from.rev === 0
      ? { ConditionExpression: 'attribute_not_exists(PK)' }
      : {
          ConditionExpression: '#rev = :rev',
          ExpressionAttributeNames: { '#rev': 'rev' },
          ExpressionAttributeValues: { ':rev': from.rev },
        }),
  },
  onConditionFail: changed(path),
});

/** Writers of one path serialise on its size item; each lost race reads again. */
const ATTEMPTS = 12;

/** The counter only ever holds sizes: the same size is the same charge, whatever the content. */
const sameSize = (a: FileSize | null, b: FileSize | null): boolean => (a?.size ?? null) === (b?.size ?? null);

/**
 * Charges `next` for `path` before the API stores it, against `limit` (403 QUOTA_EXCEEDED, nothing
 * written): the bytes are held while the object is on its way, and `reconcileFile` settles on what landed.
 */
export const chargeFile = (agent: AgentRef, path: string, next: FileSize, limit: number | null, read?: Accounted): Promise<void> => {
  // The caller's read serves the first attempt; a lost race reads again.
  let known = read;
  return retryOnConflict('CONCURRENT_MODIFICATION', ATTEMPTS, async () => {
    const from = known ?? (await accountedOf(agent.id, path));
    known = undefined;
    if (sameSize(from.file, next)) return;
    await commitStorageChange(agent.workspace_id, next.size - (from.file?.size ?? 0), limit, [sizeItemChange(agent, path, from, next)]);
  });
};

export type Reconciled = 'unchanged' | 'charged' | 'refunded';

/**
 * Brings `path`'s size item and the counter to the object S3 holds now (none: refunded). A pending
 * presigned upload that landed is claimed: its reservation becomes the charge. Growth is checked
 * against `limit` (403 QUOTA_EXCEEDED, nothing written); a limit of null admits it (the bytes were
 * admitted when the API charged them).
 */
export const reconcileFile = (agent: AgentRef, path: string, limit: number | null): Promise<Reconciled> =>
  retryOnConflict('CONCURRENT_MODIFICATION', ATTEMPTS, async () => {
    // The item is read before S3: a change that lands after this read bumps the revision, and this commit is refused and read again.
    const { from, pending } = await accountedWithPending(agent, path);
    const head = await headObject(agentFileKey(agent, path));
    const next = head ? { size: head.size, etag: head.etag } : null;
    const claimed = pending && landed(pending, head) ? pending : null;
    if (!claimed && sameSize(from.file, next)) return 'unchanged';
    const delta = (next?.size ?? 0) - (from.file?.size ?? 0) - (claimed?.reserved ?? 0);
    await commitStorageChange(agent.workspace_id, delta, limit, [
      sizeItemChange(agent, path, from, next),
      ...(claimed ? [removePendingUpload(agent, path)] : []),
    ]);
    return delta > 0 ? 'charged' : delta < 0 ? 'refunded' : 'unchanged';
  });

/** Whatever the pending upload did so far decides what it keeps. */
const settle = async (agent: AgentRef, path: string, pending: PendingUpload): Promise<void> => {
  if (landed(pending, await headObject(agentFileKey(agent, path)))) await reconcileFile(agent, path, null);
  else await releaseUpload(agent, pending);
};

const settleUploadOf = async (agent: AgentRef, path: string): Promise<void> => {
  const pending = await pendingUploadOf(agent, path);
  if (pending) await settle(agent, path, pending);
};

/**
 * Before the API changes `path`: a pending upload settled, and what the path then holds. The two are read
 * together, and the path again only when there was an upload to settle.
 */
export const settledAccounting = async (agent: AgentRef, path: string): Promise<Accounted> => {
  const { from, pending } = await accountedWithPending(agent, path);
  if (!pending) return from;
  await settle(agent, path, pending);
  return accountedOf(agent.id, path);
};

/** The agent's reservations whose URLs have expired, settled. */
export const settleExpiredUploads = async (agent: AgentRef, now: Date): Promise<void> => {
  for (const upload of await expiredUploads(agent, now)) await settleUploadOf(agent, upload.path);
};
