import { storageLimit } from '../domain/files/quota';
import { DomainError } from '../domain/errors';
import { agentFileKey, deleteObject, headObject } from './agent-file-objects';
import { findAgent } from './agents';
import { reconcileFile, type Reconciled } from './file-accounting';
import { outboxPut } from './outbox';
import { transact } from './operations';
import { storageUsed } from './storage-usage';
import { getWorkspace } from './workspaces';

/**
 * What the bucket says about an agent's files, whoever wrote them: every object under an agent's
 * `files/` prefix is charged to its workspace. An object that would take the workspace past its
 * quota is removed and `file.rejected` published; the counter is left as it was.
 */

const FILE_KEY = /^ws\/(ws_[0-9A-Za-z]+)\/agents\/(agent_[0-9A-Za-z]+)\/files\/(.+)$/s;

/** `ws/<ws>/agents/<agent>/files/<path>` → its owner and path; null for any other key (avatars, exports, bundles). */
export const agentFileOf = (key: string): { agent: { workspace_id: string; id: string }; path: string } | null => {
  const match = FILE_KEY.exec(key);
  return match?.[1] && match[2] && match[3] ? { agent: { workspace_id: match[1], id: match[2] }, path: match[3] } : null;
};

export type Notified = Reconciled | 'ignored' | 'rejected';

const isQuotaRefusal = (error: unknown): error is DomainError => error instanceof DomainError && error.code === 'QUOTA_EXCEEDED';

/** The object at `key` was created or removed: bring the counter to what the bucket holds now. */
export const objectChanged = async (key: string, now: Date = new Date()): Promise<Notified> => {
  const file = agentFileOf(key);
  if (!file) return 'ignored';
  // A deleted agent's files are being purged, and what they held was refunded by the purge.
  if (!(await findAgent(file.agent.workspace_id, file.agent.id))) return 'ignored';
  const limit = storageLimit((await getWorkspace(file.agent.workspace_id))?.tier ?? 'free');
  try {
    return await reconcileFile(file.agent, file.path, limit);
  } catch (error) {
    if (!isQuotaRefusal(error)) throw error;
    const key = agentFileKey(file.agent, file.path);
    const size = (await headObject(key))?.size ?? Number(error.details?.[0]?.requested_bytes ?? 0);
    // Published before the object goes: a retry after a failure in between publishes again rather than never.
    await transact([
      outboxPut(
        'file.rejected',
        file.agent.workspace_id,
        {
          agent_id: file.agent.id,
          path: file.path,
          size,
          reason: 'storage_quota',
          used_bytes: await storageUsed(file.agent.workspace_id),
          limit_bytes: limit ?? 0,
        },
        now,
      ),
    ]);
    await deleteObject(key);
    return 'rejected';
  }
};
