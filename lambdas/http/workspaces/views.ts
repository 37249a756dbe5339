import type { ApiKeyRecord } from '../../domain/api-keys';
import { integrationDefaultsOf } from '../../domain/integrations';
import { tierLimits } from '../../domain/tiers';
import type { WorkspaceUsage } from '../../domain/workspace-usage';
import { agentLimitOf, type Member, type Role, type Workspace } from '../../domain/workspaces';

/** What the API answers for a workspace: its record with the tier's limits and the caller's role. */
export const workspaceView = (workspace: Workspace, role: Role | null) => {
  const limits = tierLimits[workspace.tier];
  return {
    id: workspace.id,
    name: workspace.name,
    tier: workspace.tier,
    role,
    limits: {
      requests_per_day: limits.requestsPerDay,
      requests_per_minute: limits.requestsPerMinute,
      agents: agentLimitOf(workspace),
    },
    agent_limit_override: workspace.agent_limit_override,
    execution_concurrency_override: workspace.execution_concurrency_override ?? null,
    default_llm: workspace.default_llm,
    four_eyes_approval: workspace.four_eyes_approval ?? false,
    default_integrations: integrationDefaultsOf(workspace),
    created_by: workspace.created_by,
    created_at: workspace.created_at,
    updated_at: workspace.updated_at,
    version: workspace.version,
  };
};

export const memberView = (m: Member) => ({
  email: m.email,
  role: m.role,
  user_id: m.user_id,
  invited_by: m.invited_by,
  joined_at: m.joined_at,
});

export const apiKeyView = (k: ApiKeyRecord) => ({
  id: k.id,
  name: k.name,
  scopes: k.scopes,
  prefix: k.prefix,
  created_by: k.created_by,
  created_at: k.created_at,
  last_used_at: k.last_used_at ?? null,
  expires_at: k.expires_at ?? null,
});

export const usageView = (u: WorkspaceUsage) => ({
  workspace_id: u.workspaceId,
  tier: u.tier,
  date: u.day,
  requests: {
    today: u.requests.today,
    daily_quota: u.requests.dailyQuota,
    remaining_today: u.requests.remainingToday,
    per_minute: u.requests.perMinute,
    resets_at: u.requests.resetsAt,
  },
  agents: { used: u.agents.used, allowed: u.agents.allowed },
  storage: { used_bytes: u.storage.usedBytes, limit_bytes: u.storage.limitBytes },
  spend: { month: u.spend.month, spent_usd: u.spend.spentUsd, budget_usd: u.spend.budgetUsd, remaining_usd: u.spend.remainingUsd },
});
