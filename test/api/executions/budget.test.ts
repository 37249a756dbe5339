import { monthlyBudgetUsd } from '../../../lambdas/domain/tiers';
import { api } from '../../support/api-client';
import { aUser, aWorkspace, type TestUser } from '../../support/fixtures';
import { anAgent, execute, waitForStatus } from './helpers';

/** The monthly model spend budget (issue 12, "Model spend"), with the local provider billing `parameters.local.cost_usd` a turn. */

const setBudget = async (workspaceId: string, monthly_budget_usd: number | null) => {
  const operator = await aUser('budget-operator', { platformAdmin: true });
  const res = await api.patch(`/api/workspaces/${workspaceId}`, { monthly_budget_usd }, { token: operator.token });
  if (res.status !== 200) throw new Error(`budget change failed: ${JSON.stringify(res.body)}`);
};

const usageOf = async (owner: TestUser, workspaceId: string) =>
  (await api.get(`/api/workspaces/${workspaceId}/usage`, { token: owner.token })).body.data.usage;

describe('the monthly spend budget', () => {
  it("shows the tier's budget and this month's spend on GET /usage", async () => {
    const owner = await aUser('budget-new');
    const ws = await aWorkspace(owner);
    expect((await usageOf(owner, ws)).spend).toEqual({
      month: new Date().toISOString().slice(0, 7),
      spent_usd: 0,
      budget_usd: monthlyBudgetUsd.free,
      remaining_usd: monthlyBudgetUsd.free,
    });
  });

  it('refuses an owner raising their own budget with 403, and leaves it as it was', async () => {
    const owner = await aUser('budget-raiser');
    const ws = await aWorkspace(owner);
    const res = await api.patch(`/api/workspaces/${ws}`, { monthly_budget_usd: 1_000_000 }, { token: owner.token });
    expect(res.status).toBe(403);
    expect((await usageOf(owner, ws)).spend.budget_usd).toBe(monthlyBudgetUsd.free);
  });

  it(
    'fails a run that spends the budget with BUDGET_EXCEEDED before its next model turn, ' +
      'then refuses execute with 403 BUDGET_EXCEEDED and starts nothing',
    async () => {
      const owner = await aUser('budget-spender');
      const ws = await aWorkspace(owner);
      await setBudget(ws, 0.5);
      const agent = await anAgent(owner);
      const tools = [{ name: 'files.list' }, { name: 'files.list' }, { name: 'files.list' }];
      const res = await execute(
        agent,
        { task: 'Spend it all', mode: 'async', parameters: { local: { tools, cost_usd: 0.3 } } },
        { token: owner.token },
      );
      expect(res.status).toBe(202);
      const ended = await waitForStatus(owner, res.body.data.poll_url, ['failed', 'completed']);
      expect(ended).toMatchObject({ status: 'failed', error: { code: 'BUDGET_EXCEEDED', message: expect.stringContaining('$0.50') } });
      expect(ended.steps.filter((s: { type: string }) => s.type === 'model')).toHaveLength(2);
      expect((await usageOf(owner, ws)).spend).toMatchObject({ spent_usd: 0.6, budget_usd: 0.5, remaining_usd: 0 });

      const refused = await execute(agent, { task: 'One more', mode: 'async' }, { token: owner.token });
      expect(refused.status).toBe(403);
      expect(refused.body.error).toMatchObject({
        code: 'BUDGET_EXCEEDED',
        details: [expect.objectContaining({ spent_usd: 0.6, budget_usd: 0.5 })],
      });
      const runs = await api.get(`/api/agents/${agent.id}/executions`, { token: owner.token });
      expect(runs.body.data.executions).toHaveLength(1);
    },
  );

  it('lets runs start again once an operator raises the budget', async () => {
    const owner = await aUser('budget-raised');
    const ws = await aWorkspace(owner);
    await setBudget(ws, 0);
    const agent = await anAgent(owner);
    expect((await execute(agent, { task: 'Nothing left', mode: 'async' }, { token: owner.token })).status).toBe(403);
    await setBudget(ws, null);
    const res = await execute(agent, { task: 'Back in budget', parameters: { local: { cost_usd: 0.01 } } }, { token: owner.token });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ status: 'completed', usage: { cost_usd: 0.01 } });
    expect((await usageOf(owner, ws)).spend.spent_usd).toBe(0.01);
  });
});
