import type { EventBridgeEvent } from 'aws-lambda';
import { recordUsageKey } from '../data/usage-keys';
import { getWorkspace } from '../data/workspaces';
import { isTier, type Tier, TIERS } from '../domain/tiers';
import { syncUsageKey } from '../domain/usage-keys';
import { requiredEnv } from '../shared/env';
import { logger } from '../shared/logger';
import { apiGatewayUsageKeys } from './api-gateway-usage-keys';
import { observed } from '../shared/observability';

/**
 * On `workspace.created` and `workspace.tier_changed`: give the workspace its API Gateway usage key
 * on its tier's usage plan. Runs after the write, off the request path; a failed run is retried by
 * Lambda, then lands in the dead-letter queue. Every step is safe to repeat.
 */

const plans = JSON.parse(requiredEnv('USAGE_PLAN_IDS')) as Record<Tier, string>;
if (!TIERS.every((tier) => typeof plans[tier] === 'string')) throw new Error('USAGE_PLAN_IDS must name a plan for every tier');

type Detail = { workspace_id: string; data: { previous_tier?: string } };

export const handler = observed(async (event: EventBridgeEvent<string, Detail>): Promise<void> => {
  const workspace = await getWorkspace(event.detail.workspace_id);
  if (!workspace) {
    logger.warn('usage key not synced: the workspace no longer exists', { workspace_id: event.detail.workspace_id });
    return;
  }
  const previous = event.detail.data.previous_tier;
  const key = await syncUsageKey(
    { workspaceId: workspace.id, tier: workspace.tier, previousTier: isTier(previous) ? previous : null, key: workspace.usage_key ?? null },
    plans,
    apiGatewayUsageKeys,
  );
  if (!workspace.usage_key) await recordUsageKey(workspace.id, key);
  logger.info('usage key in step with tier', { workspace_id: workspace.id, tier: workspace.tier });
});
