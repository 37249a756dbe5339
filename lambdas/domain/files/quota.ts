import { Forbidden } from '../errors';
import { type Tier, tierLimits } from '../tiers';

/**
 * The storage quota for agent files (API.md: 403 QUOTA_EXCEEDED): every agent of a workspace
 * shares its tier's allowance. Only growth is checked; shrinking or deleting always succeeds.
 */

export const storageLimit = (tier: Tier): number | null => tierLimits[tier].storageBytes;

/** The most the counter may hold before `delta` bytes are added to it; null when anything fits. */
export const roomBefore = (delta: number, limit: number | null): number | null => (limit === null || delta <= 0 ? null : limit - delta);

export interface StorageFigures {
  used: number;
  limit: number;
  requested: number;
}

export const quotaExceeded = ({ used, limit, requested }: StorageFigures): Forbidden =>
  new Forbidden(
    `storing ${requested} more bytes would exceed this workspace's agent file storage of ${limit} bytes (${used} used); ` +
      'delete files or upgrade the tier',
    'QUOTA_EXCEEDED',
    [{ field: 'size', issue: 'quota_exceeded', used_bytes: used, limit_bytes: limit, requested_bytes: requested }],
  );
