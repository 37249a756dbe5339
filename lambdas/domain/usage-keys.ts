import type { Tier } from './tiers';

/**
 * Deployed, API Gateway meters each workspace through its own usage key on its tier's usage plan.
 * This is the rule for keeping that key in step with the workspace; the gateway behind the
 * interface is API Gateway's management API (or an in-memory one in tests).
 */

export interface UsageKeyGateway {
  /** The key with this exact name, created when there is none: a retried event never makes a second key. */
  findOrCreateKey(name: string): Promise<{ id: string; value: string }>;
  attach(plan: string, keyId: string): Promise<void>;
  /** Resolves quietly when the key is not on the plan. */
  detach(plan: string, keyId: string): Promise<void>;
}

export interface UsageKeyState {
  workspaceId: string;
  tier: Tier;
  previousTier: Tier | null;
  /** The workspace's key, when one was created earlier. */
  key: { id: string; value: string } | null;
}

/** Creates the key if missing, then makes the tier's plan the only one it is on. Safe to run twice. */
export const syncUsageKey = async (
  state: UsageKeyState,
  plans: Readonly<Record<Tier, string>>,
  gateway: UsageKeyGateway,
): Promise<{ id: string; value: string }> => {
  const key = state.key ?? (await gateway.findOrCreateKey(`workspace-${state.workspaceId}`));
  if (state.previousTier && state.previousTier !== state.tier) await gateway.detach(plans[state.previousTier], key.id);
  await gateway.attach(plans[state.tier], key.id);
  return key;
};
