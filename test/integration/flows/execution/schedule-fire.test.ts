import { listExecutions } from '../../../../lambdas/data/executions';
import type { FiringEvent } from '../../../../lambdas/domain/executions/schedule';
import { localExecutionsEnvironment } from '../../../../local/step-functions-runtime';
import { api } from '../../../support/api-client';
import { aUser, aWorkspace, setTier, type TestUser } from '../../../support/fixtures';

/** A schedule's firing starts one execution however often it is delivered (Scheduler delivers at least once). */

Object.assign(process.env, localExecutionsEnvironment(process.env.API_URL as string));

let owner: TestUser;
let fire: (event: FiringEvent) => Promise<{ execution_id: string | null }>;

beforeAll(async () => {
  ({ handler: fire } = await import('../../../../lambdas/flows/execution/schedule-fire'));
  owner = await aUser('fire-owner');
  await setTier(await aWorkspace(owner), 'team');
});

const aScheduledAgent = async (extra: Record<string, unknown> = {}) => {
  const agent = (await api.post('/api/agents', { name: `Fired ${Math.random().toString(36).slice(2, 8)}` }, { token: owner.token })).body
    .data.agent;
  const schedule = (
    await api.post(`/api/agents/${agent.id}/schedules`, { expression: 'rate(1 hour)', task: 'Hourly', ...extra }, { token: owner.token })
  ).body.data.schedule;
  return { agent, schedule };
};

describe('a schedule firing', () => {
  it('starts one execution per due time, however often that firing is delivered', async () => {
    const { agent, schedule } = await aScheduledAgent();
    const event = {
      workspace_id: agent.workspace_id,
      agent_id: agent.id,
      schedule_id: schedule.id,
      scheduled_time: '2026-05-01T10:00:00Z',
    };
    const first = await fire(event);
    const again = await fire(event);
    expect(first.execution_id).toMatch(/^exec_/);
    expect(again.execution_id).toBe(first.execution_id);
    await fire({ ...event, scheduled_time: '2026-05-01T11:00:00Z' });
    const page = await listExecutions(agent.id, { limit: 10 });
    expect(page.items.map((e) => e.source)).toEqual([
      { type: 'schedule', schedule_id: schedule.id, fire_time: '2026-05-01T11:00:00Z' },
      { type: 'schedule', schedule_id: schedule.id, fire_time: '2026-05-01T10:00:00Z' },
    ]);
  });

  it('starts nothing for a disabled schedule, and removes a schedule whose item is gone', async () => {
    const { agent, schedule } = await aScheduledAgent({ enabled: false });
    expect(
      await fire({
        workspace_id: agent.workspace_id,
        agent_id: agent.id,
        schedule_id: schedule.id,
        scheduled_time: '2026-05-01T10:00:00Z',
      }),
    ).toEqual({ execution_id: null });
    expect(
      await fire({
        workspace_id: agent.workspace_id,
        agent_id: agent.id,
        schedule_id: 'sch_01J0000000000000000000000Z',
        scheduled_time: '2026-05-01T10:00:00Z',
      }),
    ).toEqual({ execution_id: null });
    expect((await listExecutions(agent.id, { limit: 10 })).items).toEqual([]);
  });
});
