import { Forbidden } from './errors';
import { costUsd } from './executions/prices';
import { monthlyBudgetUsd } from './tiers';
import type { Workspace } from './workspaces';

/**
 * The monthly spend budget (issue 12, "Model spend"): what a workspace's model turns may cost in a
 * calendar month (UTC). Amounts are counted in whole micro-dollars so the counter adds exactly.
 */

export type BudgetedWorkspace = Pick<Workspace, 'id' | 'tier'> & { monthly_budget_usd?: number | null };

export const monthOf = (now: Date): string => now.toISOString().slice(0, 7);

/** The operator's figure when set, the tier's otherwise; null: unlimited. */
export const budgetUsdOf = (workspace: BudgetedWorkspace): number | null =>
  workspace.monthly_budget_usd ?? monthlyBudgetUsd[workspace.tier];

export const toMicroUsd = (usd: number): number => Math.round(usd * 1_000_000);
export const fromMicroUsd = (micro: number): number => micro / 1_000_000;

/** Output tokens a turn is reserved for when the agent sets no `max_tokens`. */
export const DEFAULT_RESERVED_OUTPUT_TOKENS = 4096;

/** The most a turn can cost: its prompt as sent and every output token it may produce. */
export const turnReservationUsd = (model: string, inputTokens: number, maxOutputTokens: number | undefined): number =>
  costUsd(model, { input_tokens: inputTokens, output_tokens: maxOutputTokens ?? DEFAULT_RESERVED_OUTPUT_TOKENS });

/** A budget with no room left: nothing spent may reach it. */
export const isOverBudget = (spentUsd: number, budgetUsd: number | null): boolean => budgetUsd !== null && spentUsd >= budgetUsd;

export const budgetExceededMessage = (spentUsd: number, budgetUsd: number, month: string) =>
  `this workspace has spent $${spentUsd.toFixed(2)} of its $${budgetUsd.toFixed(2)} model budget for ${month}; ` +
  'runs resume next month, or a platform operator raises the budget';

export const budgetExceeded = (spentUsd: number, budgetUsd: number, month: string): Forbidden =>
  new Forbidden(budgetExceededMessage(spentUsd, budgetUsd, month), 'BUDGET_EXCEEDED', [
    { field: 'budget', issue: 'exhausted', month, spent_usd: spentUsd, budget_usd: budgetUsd },
  ]);
