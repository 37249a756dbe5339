import { syncUsageKey, type UsageKeyGateway } from '../../../lambdas/domain/usage-keys';

const plans = { free: 'plan-free', solo: 'plan-solo', team: 'plan-team', enterprise: 'plan-enterprise' };

/** API Gateway's usage plans, in memory: which keys each plan holds. */
const aGateway = () => {
  const members = new Map<string, Set<string>>();
  const keys = new Map<string, { id: string; value: string }>();
  let created = 0;
  const gateway: UsageKeyGateway = {
    findOrCreateKey: async (name) =>
      (keys.get(name) ?? keys.set(name, { id: `key-${(created += 1)}`, value: `value-${created}` }).get(name))!,
    attach: async (plan, key) => void (members.get(plan) ?? members.set(plan, new Set()).get(plan))?.add(key),
    detach: async (plan, key) => void members.get(plan)?.delete(key),
  };
  const plansOf = (key: string) => [...members].filter(([, keys]) => keys.has(key)).map(([plan]) => plan);
  return { gateway, plansOf, created: () => created };
};

describe('keeping a workspace’s usage key on its tier’s plan', () => {
  it('creates a key on the free plan for a new workspace', async () => {
    const { gateway, plansOf } = aGateway();
    const key = await syncUsageKey({ workspaceId: 'ws_1', tier: 'free', previousTier: null, key: null }, plans, gateway);
    expect(plansOf(key.id)).toEqual(['plan-free']);
  });

  it('moves the key to the new tier’s plan and off the old one', async () => {
    const { gateway, plansOf, created } = aGateway();
    const key = await syncUsageKey({ workspaceId: 'ws_1', tier: 'free', previousTier: null, key: null }, plans, gateway);
    await syncUsageKey({ workspaceId: 'ws_1', tier: 'team', previousTier: 'free', key }, plans, gateway);
    expect(plansOf(key.id)).toEqual(['plan-team']);
    expect(created()).toBe(1);
  });

  it('a retried creation finds the key made the first time instead of making another', async () => {
    const { gateway, created } = aGateway();
    const first = await syncUsageKey({ workspaceId: 'ws_1', tier: 'free', previousTier: null, key: null }, plans, gateway);
    const retried = await syncUsageKey({ workspaceId: 'ws_1', tier: 'free', previousTier: null, key: null }, plans, gateway);
    expect(retried).toEqual(first);
    expect(created()).toBe(1);
  });

  it('is safe to run twice for the same event', async () => {
    const { gateway, plansOf } = aGateway();
    const key = await syncUsageKey({ workspaceId: 'ws_1', tier: 'free', previousTier: null, key: null }, plans, gateway);
    await syncUsageKey({ workspaceId: 'ws_1', tier: 'solo', previousTier: 'free', key }, plans, gateway);
    await syncUsageKey({ workspaceId: 'ws_1', tier: 'solo', previousTier: 'free', key }, plans, gateway);
    expect(plansOf(key.id)).toEqual(['plan-solo']);
  });
});
