import { budgetExceeded, budgetUsdOf, isOverBudget, monthOf, toMicroUsd, turnReservationUsd } from '../../../lambdas/domain/spend';
import { monthlyBudgetUsd } from '../../../lambdas/domain/tiers';

describe('the monthly spend budget', () => {
  it("is the operator's figure when set and the tier's otherwise", () => {
    expect(budgetUsdOf({ id: 'ws_1', tier: 'solo' })).toBe(monthlyBudgetUsd.solo);
    expect(budgetUsdOf({ id: 'ws_1', tier: 'solo', monthly_budget_usd: null })).toBe(monthlyBudgetUsd.solo);
    expect(budgetUsdOf({ id: 'ws_1', tier: 'free', monthly_budget_usd: 0 })).toBe(0);
    expect(budgetUsdOf({ id: 'ws_1', tier: 'enterprise' })).toBeNull();
  });

  it('is spent once spending reaches it, and never when unlimited', () => {
    expect(isOverBudget(4.99, 5)).toBe(false);
    expect(isOverBudget(5, 5)).toBe(true);
    expect(isOverBudget(1e9, null)).toBe(false);
  });

  it('reserves a turn for its prompt and every output token it may produce', () => {
    expect(turnReservationUsd('eu.anthropic.claude-sonnet-4-20250514-v1:0', 1_000_000, 1_000_000)).toBe(18);
    expect(turnReservationUsd('local-deterministic', 1_000_000, undefined)).toBe(0);
  });

  it('counts in whole micro-dollars and names the month in UTC', () => {
    expect(toMicroUsd(0.1 + 0.2)).toBe(300_000);
    expect(monthOf(new Date('2026-01-31T23:59:59.999Z'))).toBe('2026-01');
  });

  it('answers 403 BUDGET_EXCEEDED with the figures', () => {
    expect(budgetExceeded(5.2, 5, '2026-01')).toMatchObject({
      code: 'BUDGET_EXCEEDED',
      details: [{ spent_usd: 5.2, budget_usd: 5, month: '2026-01' }],
    });
  });
});
