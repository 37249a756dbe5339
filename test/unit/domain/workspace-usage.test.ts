import { monthlyBudgetUsd, tierLimits } from '../../../lambdas/domain/tiers';
import { dailyQuotaResetsAt, workspaceUsage } from '../../../lambdas/domain/workspace-usage';
import { newWorkspace } from '../../../lambdas/domain/workspaces';

describe("a workspace's usage", () => {
  const workspace = newWorkspace('ws_1', 'Acme', 'user_1', '2026-01-01T00:00:00.000Z');
  const now = new Date('2026-03-31T23:59:59.999Z');
  const counters = { requestsToday: 10, agents: 2, storageBytes: 1024, spentMicroUsd: 1_250_000 };

  it("sets today's requests against the tier's daily quota, which starts again at the next midnight UTC", () => {
    const { requests, day } = workspaceUsage(workspace, counters, now);
    const quota = tierLimits.free.requestsPerDay as number;
    expect(day).toBe('2026-03-31');
    expect(requests).toEqual({
      today: 10,
      dailyQuota: quota,
      remainingToday: quota - 10,
      perMinute: tierLimits.free.requestsPerMinute,
      resetsAt: '2026-04-01T00:00:00.000Z',
    });
  });

  it('shows nothing left, never less, once a quota or budget is overrun', () => {
    const overrun = { ...counters, requestsToday: 1e9, spentMicroUsd: 1e12 };
    const usage = workspaceUsage(workspace, overrun, now);
    expect(usage.requests.remainingToday).toBe(0);
    expect(usage.spend.remainingUsd).toBe(0);
  });

  it("counts this month's spend against the budget in whole micro-dollars", () => {
    expect(workspaceUsage(workspace, counters, now).spend).toEqual({
      month: '2026-03',
      spentUsd: 1.25,
      budgetUsd: monthlyBudgetUsd.free,
      remainingUsd: (monthlyBudgetUsd.free as number) - 1.25,
    });
  });

  it('shows null limits and nothing left to count where the tier is unlimited', () => {
    const usage = workspaceUsage({ ...workspace, tier: 'enterprise' }, counters, now);
    expect(usage.requests).toMatchObject({ dailyQuota: null, remainingToday: null });
    expect(usage.storage).toEqual({ usedBytes: 1024, limitBytes: null });
    expect(usage.spend).toMatchObject({ budgetUsd: null, remainingUsd: null });
  });

  it('resets the daily quota at the next midnight UTC, also across a month or year end', () => {
    expect(dailyQuotaResetsAt(new Date('2026-12-31T00:00:00.000Z')).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(dailyQuotaResetsAt(new Date('2026-02-28T12:00:00.000Z')).toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });
});
