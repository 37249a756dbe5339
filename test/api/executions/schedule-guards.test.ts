import { MAX_SCHEDULES_PER_AGENT } from '../../../lambdas/domain/executions/schedule';
import { tierLimits } from '../../../lambdas/domain/tiers';
import { api } from '../../support/api-client';
import { aMember, aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';
import { localEvents, waitForEvents } from '../../support/local-events';
import { anAgent, execute, type TestAgent } from './helpers';

/** Schedules re-check who may run them and what the workspace may spend at every firing (issue 12). */

const tickAt = async (now: Date): Promise<{ schedule: string }[]> => {
  const res = await fetch(`${process.env.API_URL}/local/scheduler/tick`, {
    method: 'POST',
    body: JSON.stringify({ now: now.toISOString() }),
  });
  return ((await res.json()) as { fired: { schedule: string }[] }).fired;
};

const aMinuteSchedule = async (agent: TestAgent, user: TestUser, headers: Record<string, string> = {}) => {
  const res = await api.post(
    `/api/agents/${agent.id}/schedules`,
    { expression: 'rate(1 minute)', task: 'Every minute' },
    { token: user.token, headers },
  );
  if (res.status !== 201) throw new Error(`schedule creation failed: ${JSON.stringify(res.body)}`);
  return res.body.data.schedule as { id: string; created_at: string };
};

const fireOnce = async (schedule: { id: string; created_at: string }) => {
  const fired = await tickAt(new Date(Date.parse(schedule.created_at) + 61_000));
  expect(fired.filter((f) => f.schedule === schedule.id)).toHaveLength(1);
};

const stateOf = async (owner: TestUser, agent: TestAgent, scheduleId: string) => {
  const [schedules, runs] = await Promise.all([
    api.get(`/api/agents/${agent.id}/schedules`, { token: owner.token }),
    api.get(`/api/agents/${agent.id}/executions`, { token: owner.token }),
  ]);
  const disabled = await waitForEvents((e) => e['detail-type'] === 'schedule.disabled' && e.detail.data.schedule_id === scheduleId, 1);
  return {
    enabled: schedules.body.data.schedules.find((s: { id: string }) => s.id === scheduleId)?.enabled,
    runs: runs.body.data.executions.length,
    reasons: disabled.map((e) => e.detail.data.reason),
  };
};

describe('schedule guards', () => {
  it(
    `holds ${MAX_SCHEDULES_PER_AGENT} schedules per agent exactly when ${MAX_SCHEDULES_PER_AGENT + 5} creates race, ` +
      'and frees a place on delete',
    async () => {
      const owner = await aUser('sched-race');
      await setTier(await aWorkspace(owner), 'team');
      const agent = await anAgent(owner);
      const answers = await Promise.all(
        Array.from({ length: MAX_SCHEDULES_PER_AGENT + 5 }, (_, i) =>
          api.post(`/api/agents/${agent.id}/schedules`, { expression: 'rate(1 hour)', task: `race ${i}` }, { token: owner.token }),
        ),
      );
      expect(answers.filter((r) => r.status === 201)).toHaveLength(MAX_SCHEDULES_PER_AGENT);
      expect(answers.filter((r) => r.status === 403).map((r) => r.body.error.code)).toEqual(Array(5).fill('QUOTA_EXCEEDED'));
      const listed = (await api.get(`/api/agents/${agent.id}/schedules`, { token: owner.token })).body.data.schedules as { id: string }[];
      expect(listed).toHaveLength(MAX_SCHEDULES_PER_AGENT);
      expect((await api.delete(`/api/agents/${agent.id}/schedules/${listed[0]?.id}`, { token: owner.token })).status).toBe(200);
      expect(
        (await api.post(`/api/agents/${agent.id}/schedules`, { expression: 'rate(1 hour)', task: 'again' }, { token: owner.token })).status,
      ).toBe(201);
    },
  );

  it("disables a removed creator's schedule at its next firing, starts nothing and publishes schedule.disabled", async () => {
    const owner = await aUser('sched-owner-removes');
    const ws = await aWorkspace(owner);
    const admin = await aMember(owner, ws, 'admin');
    const agent = await anAgent(owner);
    const schedule = await aMinuteSchedule(agent, admin, { 'X-Workspace-ID': ws });
    expect((await api.delete(`/api/workspaces/${ws}/members/${admin.email}`, { token: owner.token })).status).toBe(200);
    await fireOnce(schedule);
    expect(await stateOf(owner, agent, schedule.id)).toEqual({ enabled: false, runs: 0, reasons: ['creator_removed'] });
  });

  it('disables a schedule whose creator was demoted to a plain member without manage rights on the agent', async () => {
    const owner = await aUser('sched-owner-demotes');
    const ws = await aWorkspace(owner);
    const admin = await aMember(owner, ws, 'admin');
    const agent = await anAgent(owner);
    const schedule = await aMinuteSchedule(agent, admin, { 'X-Workspace-ID': ws });
    expect((await api.patch(`/api/workspaces/${ws}/members/${admin.email}`, { role: 'member' }, { token: owner.token })).status).toBe(200);
    await fireOnce(schedule);
    expect(await stateOf(owner, agent, schedule.id)).toEqual({ enabled: false, runs: 0, reasons: ['creator_lost_access'] });
  });

  it('counts firings against the daily quota: a free workspace out of requests today has its schedule disabled, not run', async () => {
    const owner = await aUser('sched-quota');
    const ws = await aWorkspace(owner);
    const agent = await anAgent(owner);
    const schedule = await aMinuteSchedule(agent, owner);
    for (let used = 0; used < (tierLimits.free.requestsPerDay ?? 0); used += 1) {
      if ((await api.get(`/api/workspaces/${ws}/usage`, { token: owner.token })).status === 429) break;
    }
    await fireOnce(schedule);
    await setTier(ws, 'team');
    expect(await stateOf(owner, agent, schedule.id)).toEqual({ enabled: false, runs: 0, reasons: ['daily_quota_exceeded'] });
  });

  it("disables a schedule whose firing finds the month's model budget spent, starts nothing and publishes schedule.disabled", async () => {
    const owner = await aUser('sched-budget');
    const ws = await aWorkspace(owner);
    const agent = await anAgent(owner);
    const schedule = await aMinuteSchedule(agent, owner);
    const operator = await aUser('operator', { platformAdmin: true });
    expect((await api.patch(`/api/workspaces/${ws}`, { monthly_budget_usd: 0 }, { token: operator.token })).status).toBe(200);
    await fireOnce(schedule);
    expect(await stateOf(owner, agent, schedule.id)).toEqual({ enabled: false, runs: 0, reasons: ['budget_exceeded'] });
  });

  it('skips a firing at the concurrency cap, as an API call would be refused, and keeps the schedule', async () => {
    const owner = await aUser('sched-cap');
    await aWorkspace(owner);
    const agent = await anAgent(owner);
    const schedule = await aMinuteSchedule(agent, owner);
    const slow = { task: 'Hold on [[slow:60000]]', mode: 'async' };
    const held = [await execute(agent, slow, { token: owner.token }), await execute(agent, slow, { token: owner.token })];
    expect(held.map((r) => r.status)).toEqual([202, 202]);
    // The tick answers once the firing has run: what it did is all there is to read.
    await fireOnce(schedule);
    const [schedules, runs] = await Promise.all([
      api.get(`/api/agents/${agent.id}/schedules`, { token: owner.token }),
      api.get(`/api/agents/${agent.id}/executions`, { token: owner.token }),
    ]);
    expect(schedules.body.data.schedules.find((s: { id: string }) => s.id === schedule.id)?.enabled).toBe(true);
    expect(runs.body.data.executions).toHaveLength(held.length);
    expect(
      (await localEvents()).filter((e) => e['detail-type'] === 'schedule.disabled' && e.detail.data.schedule_id === schedule.id),
    ).toEqual([]);
    for (const run of held) await api.post(`${run.body.data.poll_url}/cancel`, {}, { token: owner.token });
  });
});
