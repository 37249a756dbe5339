import { api } from '../../support/api-client';
import { aUser, aWorkspace, type TestUser } from '../../support/fixtures';
import { anAgent, execute } from './helpers';

/** Another workspace's agents, executions and schedules answer 404, never 403. */

let owner: TestUser;
let outsider: TestUser;

beforeAll(async () => {
  owner = await aUser('tenant-owner');
  outsider = await aUser('tenant-outsider');
  await aWorkspace(owner);
  await aWorkspace(outsider);
});

describe('cross-workspace probes', () => {
  it('answer 404 on every execution and schedule route', async () => {
    const agent = await anAgent(owner);
    const done = (await execute(agent, { task: 'mine' }, { token: owner.token })).body.data;
    const schedule = (
      await api.post(`/api/agents/${agent.id}/schedules`, { expression: 'rate(1 hour)', task: 'x' }, { token: owner.token })
    ).body.data.schedule;
    const base = `/api/agents/${agent.id}`;
    const probes = [
      api.post(`${base}/execute`, { task: 'theirs' }, { token: outsider.token }),
      api.get(`${base}/executions`, { token: outsider.token }),
      api.get(done.poll_url, { token: outsider.token }),
      api.post(`${done.poll_url}/cancel`, {}, { token: outsider.token }),
      api.post(`${done.poll_url}/approve`, {}, { token: outsider.token }),
      api.post(`${done.poll_url}/reject`, {}, { token: outsider.token }),
      api.post(`${done.poll_url}/feedback`, { rating: 1, outcome: 'failure' }, { token: outsider.token }),
      api.get(`${base}/schedules`, { token: outsider.token }),
      api.post(`${base}/schedules`, { expression: 'rate(1 hour)', task: 'x' }, { token: outsider.token }),
      api.delete(`${base}/schedules/${schedule.id}`, { token: outsider.token }),
    ];
    expect((await Promise.all(probes)).map((r) => r.status)).toEqual(probes.map(() => 404));
  });

  it("answer 404 for another agent's execution under one's own agent", async () => {
    const theirs = (await execute(await anAgent(owner), { task: 'theirs' }, { token: owner.token })).body.data;
    const mine = await anAgent(outsider);
    const res = await api.get(`/api/agents/${mine.id}/executions/${theirs.execution_id}`, { token: outsider.token });
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 404, code: 'EXECUTION_NOT_FOUND' });
  });
});
