import { api } from '../../support/api-client';
import { aMember, aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';
import { anAgent, waitForStatus } from './helpers';

/** GET/POST/DELETE /api/agents/{agent}/schedules, and the local scheduler firing them. */

let owner: TestUser;
let workspaceId: string;

beforeAll(async () => {
  owner = await aUser('sched-owner');
  workspaceId = await aWorkspace(owner);
  await setTier(workspaceId, 'team');
});

/** One tick of the runtime's scheduler at `now`, so a test need not wait for `rate(1 minute)`. */
const tickAt = async (now: Date): Promise<{ schedule: string; fire_time: string }[]> => {
  const res = await fetch(`${process.env.API_URL}/local/scheduler/tick`, {
    method: 'POST',
    body: JSON.stringify({ now: now.toISOString() }),
  });
  return ((await res.json()) as { fired: { schedule: string; fire_time: string }[] }).fired;
};

describe('schedules', () => {
  it('are created, listed and deleted; deleting again answers 404', async () => {
    const agent = await anAgent(owner);
    const created = await api.post(
      `/api/agents/${agent.id}/schedules`,
      { expression: 'cron(0 9 ? * MON-FRI *)', task: 'Morning report', timezone: 'Europe/Paris' },
      { token: owner.token },
    );
    expect(created.status).toBe(201);
    expect(created.body.data.schedule).toMatchObject({
      id: expect.stringMatching(/^sch_/),
      expression: 'cron(0 9 ? * MON-FRI *)',
      timezone: 'Europe/Paris',
      enabled: true,
      task: 'Morning report',
    });
    const id = created.body.data.schedule.id;
    expect(
      (await api.get(`/api/agents/${agent.slug}/schedules`, { token: owner.token })).body.data.schedules.map((s: { id: string }) => s.id),
    ).toEqual([id]);
    expect((await api.delete(`/api/agents/${agent.id}/schedules/${id}`, { token: owner.token })).body.data).toEqual({
      deleted: true,
      schedule_id: id,
    });
    expect((await api.get(`/api/agents/${agent.id}/schedules`, { token: owner.token })).body.data.schedules).toEqual([]);
    expect((await api.delete(`/api/agents/${agent.id}/schedules/${id}`, { token: owner.token })).body.error.code).toBe(
      'SCHEDULE_NOT_FOUND',
    );
  });

  it.each([
    [{ expression: 'every minute', task: 'x' }, 'expression'],
    [{ expression: 'rate(1 minutes)', task: 'x' }, 'expression'],
    [{ expression: 'cron(0 9 * * * *)', task: 'x' }, 'expression'],
    [{ expression: 'rate(5 minutes)', task: 'x', timezone: 'Nowhere/Else' }, 'timezone'],
    [{ expression: 'rate(5 minutes)' }, 'task'],
  ])('refuse %j with 400 on %s', async (body, field) => {
    const res = await api.post(`/api/agents/${(await anAgent(owner)).id}/schedules`, body, { token: owner.token });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('are made by managers only: a member with use rights answers 403', async () => {
    const agent = await anAgent(owner);
    const member = await aMember(owner, workspaceId, 'member');
    await api.post(`/api/agents/${agent.id}/share`, { email: member.email, access: 'use' }, { token: owner.token });
    const res = await api.post(
      `/api/agents/${agent.id}/schedules`,
      { expression: 'rate(1 hour)', task: 'x' },
      { token: member.token, headers: { 'X-Workspace-ID': workspaceId } },
    );
    expect(res.status).toBe(403);
  });

  it('fire rate(1 minute) once a minute has passed, starting one execution per firing', async () => {
    const agent = await anAgent(owner);
    const created = await api.post(
      `/api/agents/${agent.id}/schedules`,
      { expression: 'rate(1 minute)', task: 'Every minute' },
      { token: owner.token },
    );
    const schedule = created.body.data.schedule as { id: string; created_at: string };
    const aMinuteOn = new Date(Date.parse(schedule.created_at) + 61_000);
    const fired = await tickAt(aMinuteOn);
    expect(fired.filter((f) => f.schedule === schedule.id)).toHaveLength(1);
    expect((await tickAt(aMinuteOn)).filter((f) => f.schedule === schedule.id)).toEqual([]);
    const list = (await api.get(`/api/agents/${agent.id}/executions`, { token: owner.token })).body.data.executions;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ task: 'Every minute', source: { type: 'schedule', schedule_id: schedule.id } });
    await waitForStatus(owner, list[0].poll_url, ['completed']);
    await api.delete(`/api/agents/${agent.id}/schedules/${schedule.id}`, { token: owner.token });
  });

  it('do not fire while disabled', async () => {
    const agent = await anAgent(owner);
    const created = await api.post(
      `/api/agents/${agent.id}/schedules`,
      { expression: 'rate(1 minute)', task: 'x', enabled: false },
      { token: owner.token },
    );
    const fired = await tickAt(new Date(Date.parse(created.body.data.schedule.created_at) + 5 * 60_000));
    expect(fired.filter((f) => f.schedule === created.body.data.schedule.id)).toEqual([]);
  });
});
