import { api } from '../../support/api-client';
import { aMember, aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';
import { anAgent, execute, type TestAgent, waitForStatus } from './helpers';
import { waitForEvents } from '../../support/local-events';

/** Following and steering runs: list, get, cancel, approve, reject, feedback; statistics and events they leave. */

let owner: TestUser;
let workspaceId: string;

beforeAll(async () => {
  owner = await aUser('runs-owner');
  workspaceId = await aWorkspace(owner);
  await setTier(workspaceId, 'team');
});

const run = async (agent: TestAgent, task: string, extra: Record<string, unknown> = {}) => {
  const res = await execute(agent, { task, ...extra }, { token: owner.token });
  if (![200, 202].includes(res.status)) throw new Error(JSON.stringify(res.body));
  return res.body.data as {
    execution_id: string;
    poll_url: string;
    status: string;
    usage: { input_tokens: number; output_tokens: number };
  };
};

const held = async (agent: TestAgent, path: string) => {
  const started = await run(agent, `Save it [[tool:files.write {"path":"${path}","content":"hello"}]]`, { mode: 'async' });
  return waitForStatus(owner, started.poll_url, ['awaiting_approval']);
};

describe('listing and reading executions', () => {
  it('lists newest first, filters by status and pages with a cursor', async () => {
    const agent = await anAgent(owner);
    const first = await run(agent, 'one');
    const failed = await execute(agent, { task: 'two [[fail]]' }, { token: owner.token });
    const third = await run(agent, 'three');
    const all = await api.get(`/api/agents/${agent.slug}/executions`, { token: owner.token });
    expect(all.status).toBe(200);
    const failedId = failed.body.error.details[0].execution_id;
    expect(all.body.data.executions.map((e: { id: string }) => e.id)).toEqual([third.execution_id, failedId, first.execution_id]);
    expect(all.body.data.pagination).toMatchObject({ total: 3, next_cursor: null });

    const onlyFailed = await api.get(`/api/agents/${agent.id}/executions?status=failed`, { token: owner.token });
    expect(onlyFailed.body.data.executions.map((e: { id: string }) => e.id)).toEqual([failedId]);
    expect(onlyFailed.body.data.pagination.total).toBe(1);

    const page1 = await api.get(`/api/agents/${agent.id}/executions?limit=2`, { token: owner.token });
    const page2 = await api.get(
      `/api/agents/${agent.id}/executions?limit=2&cursor=${encodeURIComponent(page1.body.data.pagination.next_cursor)}`,
      { token: owner.token },
    );
    expect([...page1.body.data.executions, ...page2.body.data.executions].map((e: { id: string }) => e.id)).toEqual([
      third.execution_id,
      failedId,
      first.execution_id,
    ]);
  });

  it('answers 404 EXECUTION_NOT_FOUND for an execution the agent does not have, and 400 for a malformed id', async () => {
    const agent = await anAgent(owner);
    const other = await run(await anAgent(owner), 'elsewhere');
    expect((await api.get(`/api/agents/${agent.id}/executions/${other.execution_id}`, { token: owner.token })).body.error.code).toBe(
      'EXECUTION_NOT_FOUND',
    );
    expect((await api.get(`/api/agents/${agent.id}/executions/not-an-id`, { token: owner.token })).status).toBe(400);
  });

  it('refuses an unknown status filter with 400', async () => {
    expect((await api.get(`/api/agents/${(await anAgent(owner)).id}/executions?status=done`, { token: owner.token })).status).toBe(400);
  });
});

describe('cancelling', () => {
  it('cancels a running execution, then answers 409 for it', async () => {
    const agent = await anAgent(owner);
    const started = await run(agent, 'Long [[slow:30000]]', { mode: 'async' });
    await waitForStatus(owner, started.poll_url, ['in_progress']);
    const cancelled = await api.post(`${started.poll_url}/cancel`, {}, { token: owner.token });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.data).toMatchObject({ status: 'cancelled', progress: 100, error: { code: 'CANCELLED' } });
    expect((await api.post(`${started.poll_url}/cancel`, {}, { token: owner.token })).body.error.code).toBe('INVALID_TRANSITION');
  });

  it('answers 409 for a finished execution', async () => {
    const done = await run(await anAgent(owner), 'quick');
    expect((await api.post(`${done.poll_url}/cancel`, {}, { token: owner.token })).status).toBe(409);
  });
});

describe('approvals', () => {
  it('holds a create step of a supervised agent, runs it once approved, and the file is written', async () => {
    const agent = await anAgent(owner, { maturity_level: 'supervised' });
    const waiting = await held(agent, 'approved.txt');
    expect(waiting.pending_approval).toMatchObject({ tool: 'files.write', risk: 'create' });
    const approved = await api.post(`${waiting.poll_url}/approve`, { comment: 'fine' }, { token: owner.token });
    expect(approved.status).toBe(200);
    const done = await waitForStatus(owner, waiting.poll_url, ['completed']);
    expect(done.steps.map((s: { type: string }) => s.type)).toEqual(['model', 'approval', 'tool', 'model']);
    expect(done.steps[1]).toMatchObject({ decision: 'approved', comment: 'fine' });
    const files = await api.get(`/api/agents/${agent.id}/files`, { token: owner.token });
    expect(JSON.stringify(files.body.data)).toContain('approved.txt');
  });

  it('fails the run with APPROVAL_REJECTED when rejected', async () => {
    const waiting = await held(await anAgent(owner, { maturity_level: 'supervised' }), 'rejected.txt');
    expect((await api.post(`${waiting.poll_url}/reject`, { comment: 'no' }, { token: owner.token })).status).toBe(200);
    const failed = await waitForStatus(owner, waiting.poll_url, ['failed']);
    expect(failed.error).toMatchObject({ code: 'APPROVAL_REJECTED', message: expect.stringContaining('no') });
  });

  it('is decided by managers only: a member with use rights answers 403', async () => {
    const agent = await anAgent(owner, { maturity_level: 'supervised' });
    const member = await aMember(owner, workspaceId, 'member');
    await api.post(`/api/agents/${agent.id}/share`, { email: member.email, access: 'use' }, { token: owner.token });
    const waiting = await held(agent, 'member.txt');
    const res = await api.post(`${waiting.poll_url}/approve`, {}, { token: member.token, headers: { 'X-Workspace-ID': workspaceId } });
    expect(res.status).toBe(403);
    await api.post(`${waiting.poll_url}/cancel`, {}, { token: owner.token });
  });

  it('answers 409 for an execution that holds no step', async () => {
    const done = await run(await anAgent(owner), 'quick');
    expect((await api.post(`${done.poll_url}/approve`, {}, { token: owner.token })).body.error.code).toBe('INVALID_TRANSITION');
  });

  it('publishes execution.awaiting_approval and then agent.executed', async () => {
    const waiting = await held(await anAgent(owner, { maturity_level: 'supervised' }), 'events.txt');
    await api.post(`${waiting.poll_url}/approve`, {}, { token: owner.token });
    await waitForStatus(owner, waiting.poll_url, ['completed']);
    const mine = (await waitForEvents((e) => e.detail.data.execution_id === waiting.id, 2)).map((e) => e['detail-type']);
    expect(mine).toEqual(['execution.awaiting_approval', 'agent.executed']);
  });
});

describe('feedback', () => {
  it('is stored on a finished run and shown with it; given again, it replaces the first', async () => {
    const done = await run(await anAgent(owner), 'rate me');
    const given = await api.post(`${done.poll_url}/feedback`, { rating: 4, outcome: 'success', comment: 'good' }, { token: owner.token });
    expect(given.status).toBe(200);
    expect(given.body.data.feedback).toMatchObject({ rating: 4, outcome: 'success', comment: 'good' });
    await api.post(`${done.poll_url}/feedback`, { rating: 2, outcome: 'failure' }, { token: owner.token });
    expect((await api.get(done.poll_url, { token: owner.token })).body.data.feedback).toMatchObject({
      rating: 2,
      outcome: 'failure',
      comment: null,
    });
  });

  it('answers 409 while the run is still going, and 400 for a rating outside 1–5', async () => {
    const agent = await anAgent(owner);
    const running = await run(agent, 'Long [[slow:30000]]', { mode: 'async' });
    expect((await api.post(`${running.poll_url}/feedback`, { rating: 5, outcome: 'success' }, { token: owner.token })).status).toBe(409);
    expect((await api.post(`${running.poll_url}/feedback`, { rating: 6, outcome: 'success' }, { token: owner.token })).status).toBe(400);
    await api.post(`${running.poll_url}/cancel`, {}, { token: owner.token });
  });
});

describe('statistics and usage', () => {
  it('sum every finished run into the agent statistics', async () => {
    const agent = await anAgent(owner);
    const runs = [await run(agent, 'first'), await run(agent, 'second task'), await run(agent, 'third [[confidence:0.5]]')];
    await execute(agent, { task: 'fourth [[fail]]' }, { token: owner.token });
    const stats = (await api.get(`/api/agents/${agent.id}/stats`, { token: owner.token })).body.data.stats;
    const executions = (await api.get(`/api/agents/${agent.id}/executions`, { token: owner.token })).body.data.executions as {
      usage: { input_tokens: number; output_tokens: number };
    }[];
    expect(stats).toMatchObject({
      total_executions: 4,
      successful_executions: 3,
      failed_executions: 1,
      success_rate: 0.75,
      avg_confidence: 0.7333,
      cost_usd: 0,
    });
    expect(stats.total_input_tokens).toBe(executions.reduce((sum, e) => sum + e.usage.input_tokens, 0));
    expect(stats.total_output_tokens).toBe(executions.reduce((sum, e) => sum + e.usage.output_tokens, 0));
    expect(stats.last_execution).toEqual(expect.any(String));
    expect(runs).toHaveLength(3);
  });
});

describe('deleting an agent', () => {
  it('answers 409 AGENT_BUSY while an execution is active, and deletes once it is cancelled', async () => {
    const agent = await anAgent(owner);
    const running = await run(agent, 'Long [[slow:30000]]', { mode: 'async' });
    const busy = await api.delete(`/api/agents/${agent.id}`, { token: owner.token });
    expect(busy.status).toBe(409);
    expect(busy.body.error.code).toBe('AGENT_BUSY');
    await api.post(`${running.poll_url}/cancel`, {}, { token: owner.token });
    expect((await api.delete(`/api/agents/${agent.id}`, { token: owner.token })).status).toBe(200);
  });
});
