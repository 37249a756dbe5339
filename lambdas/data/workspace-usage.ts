import { monthOf } from '../domain/spend';
import type { UsageCounters } from '../domain/workspace-usage';
import { batchGetItems } from './batch';
import { agentCountKey, type Key, spendKey, storageUsageKey, usageKey } from './keys';

/**
 * The counters `GET /api/workspaces/{ws}/usage` shows, read together in one BatchGetItem: today's
 * requests, agents, stored bytes and this month's spend in micro-dollars. Read consistently, as the
 * spend reservation reads its counter, so a run that just settled shows in the next answer.
 */

export const usageCounters = async (workspaceId: string, now: Date): Promise<UsageCounters> => {
  const keys = {
    requests: usageKey(workspaceId, now.toISOString().slice(0, 10)),
    agents: agentCountKey(workspaceId),
    storage: storageUsageKey(workspaceId),
    spend: spendKey(workspaceId, monthOf(now)),
  };
  const items = await batchGetItems(
    Object.values(keys).map((key) => ({ ...key })),
    true,
  );
  const counter = (key: Key, attribute: string) => Number(items.find((i) => i.PK === key.PK && i.SK === key.SK)?.[attribute] ?? 0);
  return {
    requestsToday: counter(keys.requests, 'requests'),
    agents: counter(keys.agents, 'agents'),
    // A counter that ever went below zero shows as nothing stored, as the quota check reads it.
    storageBytes: Math.max(0, counter(keys.storage, 'bytes')),
    spentMicroUsd: counter(keys.spend, 'spent'),
  };
};
