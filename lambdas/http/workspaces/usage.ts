import { usageCounters } from '../../data/workspace-usage';
import { budgetUsdOf, fromMicroUsd, monthOf, toMicroUsd } from '../../domain/spend';
import { tierLimits } from '../../domain/tiers';
import { agentLimitOf } from '../../domain/workspaces';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { accessWorkspace } from '../../use-cases/workspaces/authorize';
import { getUsage } from './routes';

export const handler = httpHandler(getUsage, async ({ params, principal }) => {
  const { workspace } = await accessWorkspace(principal, params.ws);
  const now = new Date();
  const { requestsToday: today, agents, storageBytes, spentMicroUsd } = await usageCounters(workspace.id, now);
  const spent = fromMicroUsd(spentMicroUsd);
  const budget = budgetUsdOf(workspace);
  const limits = tierLimits[workspace.tier];
  const resetsAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  return ok({
    usage: {
      workspace_id: workspace.id,
      tier: workspace.tier,
      date: now.toISOString().slice(0, 10),
      requests: {
        today,
        daily_quota: limits.requestsPerDay,
        remaining_today: limits.requestsPerDay === null ? null : Math.max(0, limits.requestsPerDay - today),
        per_minute: limits.requestsPerMinute,
        resets_at: resetsAt.toISOString(),
      },
      agents: { used: agents, allowed: agentLimitOf(workspace) },
      storage: { used_bytes: storageBytes, limit_bytes: limits.storageBytes },
      spend: {
        month: monthOf(now),
        spent_usd: spent,
        budget_usd: budget,
        remaining_usd: budget === null ? null : fromMicroUsd(Math.max(0, toMicroUsd(budget) - toMicroUsd(spent))),
      },
    },
  });
});
