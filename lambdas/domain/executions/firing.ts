import { type AccessLevel, canExecute, canManage, effectiveAccess } from '../agents/access';
import { rateVerdict } from '../rate-limits';
import type { Tier } from '../tiers';
import type { Role } from '../workspaces';

/**
 * Whether a schedule's firing may start its run (issue 12, "Who may do what"): it runs as its
 * creator, so the creator must still be a member who may manage and run the agent; and it is a
 * request of the workspace like any API call, counted against the tier's quotas.
 */

export type FiringVerdict =
  | { fire: true }
  /** The schedule stops: it is disabled and `schedule.disabled` says why. */
  | { fire: false; stop: true; reason: 'creator_removed' | 'creator_lost_access' | 'daily_quota_exceeded' | 'budget_exceeded' }
  /** Only this firing is skipped. */
  | { fire: false; stop: false; reason: 'rate_limited' };

export const creatorVerdict = (role: Role | null, entry: AccessLevel | null): FiringVerdict => {
  if (role === null) return { fire: false, stop: true, reason: 'creator_removed' };
  const level = effectiveAccess(role, entry);
  return canManage(level) && canExecute(level) ? { fire: true } : { fire: false, stop: true, reason: 'creator_lost_access' };
};

export const quotaVerdict = (tier: Tier, counts: { day: number; minute: number }, now: Date): FiringVerdict => {
  const verdict = rateVerdict({ tier, usedToday: counts.day, usedThisMinute: counts.minute, now });
  if (verdict.allowed) return { fire: true };
  return verdict.window === 'day'
    ? { fire: false, stop: true, reason: 'daily_quota_exceeded' }
    : { fire: false, stop: false, reason: 'rate_limited' };
};
