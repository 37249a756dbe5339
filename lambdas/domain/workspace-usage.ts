import { budgetUsdOf, fromMicroUsd, monthOf, toMicroUsd } from './spend';
import { type Tier, tierLimits } from './tiers';
import { agentLimitOf, type Workspace } from './workspaces';

/**
 * A workspace's usage against its limits: today's requests against the tier's daily quota (which
 * starts again at midnight UTC), agents, stored bytes, and this calendar month's spend (UTC) against
 * its budget. What is left never shows below zero; null limits are unlimited.
 */

/** The counters the figures are read from, as stored. */
export interface UsageCounters {
  requestsToday: number;
  agents: number;
  storageBytes: number;
  spentMicroUsd: number;
}

export interface WorkspaceUsage {
  workspaceId: string;
  tier: Tier;
  /** The UTC day the requests are counted for. */
  day: string;
  requests: { today: number; dailyQuota: number | null; remainingToday: number | null; perMinute: number; resetsAt: string };
  agents: { used: number; allowed: number | null };
  storage: { usedBytes: number; limitBytes: number | null };
  spend: { month: string; spentUsd: number; budgetUsd: number | null; remainingUsd: number | null };
}

/** The next midnight UTC, when the daily request quota starts again. */
export const dailyQuotaResetsAt = (now: Date): Date => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));

export const workspaceUsage = (workspace: Workspace, counters: UsageCounters, now: Date): WorkspaceUsage => {
  const limits = tierLimits[workspace.tier];
  const spentUsd = fromMicroUsd(counters.spentMicroUsd);
  const budgetUsd = budgetUsdOf(workspace);
  return {
    workspaceId: workspace.id,
    tier: workspace.tier,
    day: now.toISOString().slice(0, 10),
    requests: {
      today: counters.requestsToday,
      dailyQuota: limits.requestsPerDay,
      remainingToday: limits.requestsPerDay === null ? null : Math.max(0, limits.requestsPerDay - counters.requestsToday),
      perMinute: limits.requestsPerMinute,
      resetsAt: dailyQuotaResetsAt(now).toISOString(),
    },
    agents: { used: counters.agents, allowed: agentLimitOf(workspace) },
    storage: { usedBytes: counters.storageBytes, limitBytes: limits.storageBytes },
    spend: {
      month: monthOf(now),
      spentUsd,
      budgetUsd,
      // In micro-dollars, so what is left adds up exactly.
      remainingUsd: budgetUsd === null ? null : fromMicroUsd(Math.max(0, toMicroUsd(budgetUsd) - toMicroUsd(spentUsd))),
    },
  };
};
