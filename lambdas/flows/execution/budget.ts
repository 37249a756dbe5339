import { getWorkspace } from '../../data/workspaces';
import { adjustSpend, reserveSpend, spentMicroUsd } from '../../data/spend';
import { FLOW_ERRORS, FlowError } from '../../domain/executions/flow-errors';
import {
  budgetExceeded,
  budgetExceededMessage,
  budgetUsdOf,
  type BudgetedWorkspace,
  fromMicroUsd,
  isOverBudget,
  monthOf,
  toMicroUsd,
} from '../../domain/spend';

/** The workspace's monthly budget as runs meet it: refused before starting, reserved against by every model turn. */

export const budgetedWorkspace = async (workspaceId: string): Promise<BudgetedWorkspace> =>
  (await getWorkspace(workspaceId)) ?? { id: workspaceId, tier: 'free' };

/** 403 BUDGET_EXCEEDED when the month's spend has reached the budget: the run is not started. */
export const assertBudgetLeft = async (workspace: BudgetedWorkspace, now = new Date()): Promise<void> => {
  const budget = budgetUsdOf(workspace);
  if (budget === null) return;
  const month = monthOf(now);
  const spent = fromMicroUsd(await spentMicroUsd(workspace.id, month));
  if (isOverBudget(spent, budget)) throw budgetExceeded(spent, budget, month);
};

export interface TurnReservation {
  /** The turn ended with this cost: the counter moves from the reservation to it. */
  settle: (costUsd: number) => Promise<void>;
  /** The turn cost nothing (the provider failed): the reservation is given back. */
  release: () => Promise<void>;
}

/** Reserves a turn's most expensive outcome; no room left fails the run with BudgetExceeded. */
export const reserveTurn = async (workspace: BudgetedWorkspace, amountUsd: number, now = new Date()): Promise<TurnReservation> => {
  const month = monthOf(now);
  const budget = budgetUsdOf(workspace);
  const reserved = toMicroUsd(amountUsd);
  if (!(await reserveSpend(workspace.id, month, reserved, budget === null ? null : toMicroUsd(budget)))) {
    const spent = fromMicroUsd(await spentMicroUsd(workspace.id, month));
    throw new FlowError(FLOW_ERRORS.budgetExceeded, budgetExceededMessage(spent, budget ?? 0, month));
  }
  return {
    settle: (costUsd) => adjustSpend(workspace.id, month, toMicroUsd(costUsd) - reserved),
    release: () => adjustSpend(workspace.id, month, -reserved),
  };
};
