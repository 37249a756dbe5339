import { api } from '../../support/api-client';
import { anApiKey, aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';
import { anAgent, execute, waitForStatus } from './helpers';

/** POST /api/agents/{agent}/execute (API.md §2 "Executions"), with the local provider. */

let owner: TestUser;
let workspaceId: string;

beforeAll(async () => {
  owner = await aUser('exec-owner');
  workspaceId = await aWorkspace(owner);
  await setTier(workspaceId, 'team');
});

describe('executing a task', () => {
  it('synchronously answers 200 with the finished execution: result, confidence, usage, progress 100', async () => {
    const agent = await anAgent(owner);
    const res = await execute(agent, { task: 'Summarize the quarter', context: { quarter: 'Q4' } }, { token: owner.token });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      execution_id: expect.stringMatching(/^exec_/),
      agent_id: agent.id,
      status: 'completed',
      progress: 100,
      result: { summary: expect.stringContaining('Summarize the quarter') },
      confidence: 0.85,
      error: null,
      usage: { input_tokens: expect.any(Number), output_tokens: expect.any(Number), cost_usd: 0 },
    });
    expect(res.body.data.steps).toHaveLength(1);
    expect(res.body.data.duration_seconds).toEqual(expect.any(Number));
  });

  it('asynchronously answers 202 with execution_id and poll_url, which reports the run once it ends', async () => {
    const agent = await anAgent(owner);
    const res = await execute(agent, { task: 'Look around [[tool:files.list {}]]', mode: 'async' }, { token: owner.token });
    expect(res.status).toBe(202);
    expect(res.body.data).toMatchObject({
      status: 'pending',
      progress: 0,
      message: expect.any(String),
      poll_url: `/api/agents/${agent.id}/executions/${res.body.data.execution_id}`,
    });
    const done = await waitForStatus(owner, res.body.data.poll_url, ['completed']);
    expect(done.steps.map((s: { type: string }) => s.type)).toEqual(['model', 'tool', 'model']);
    expect(done.reasoning_trace.length).toBeGreaterThan(0);
  });

  it('falls back to 202 with poll_url when a sync run outlasts wait_seconds', async () => {
    const agent = await anAgent(owner);
    const res = await execute(agent, { task: 'Think hard [[slow:2500]]', wait_seconds: 1 }, { token: owner.token });
    expect(res.status).toBe(202);
    expect(res.body.data.status).toBe('in_progress');
    expect(res.body.data.progress).toBeGreaterThan(0);
    await waitForStatus(owner, res.body.data.poll_url, ['completed']);
  });

  it('answers 502 EXECUTION_FAILED when the provider fails a sync run, naming the recorded execution', async () => {
    const agent = await anAgent(owner);
    const res = await execute(agent, { task: 'x', parameters: { local: { fail: 'the model is down' } } }, { token: owner.token });
    expect(res.status).toBe(502);
    expect(res.body.error).toMatchObject({ code: 'EXECUTION_FAILED', message: expect.stringContaining('the model is down') });
    const [detail] = res.body.error.details;
    const recorded = await api.get(detail.poll_url, { token: owner.token });
    expect(recorded.body.data).toMatchObject({ status: 'failed', error: { code: 'PROVIDER_FAILED', message: 'the model is down' } });
  });

  it('refuses an agent that is not active with 409 naming its status', async () => {
    const agent = await anAgent(owner);
    await api.patch(`/api/agents/${agent.id}`, { status: 'paused' }, { token: owner.token });
    const res = await execute(agent, { task: 'x' }, { token: owner.token });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'AGENT_NOT_ACTIVE', message: expect.stringContaining('paused') });
  });

  it('refuses a task asking for a tool beyond governance with 403 GOVERNANCE_VIOLATION, before anything runs', async () => {
    const agent = await anAgent(owner, { maturity_level: 'student' });
    const res = await execute(
      agent,
      { task: 'Write a report', parameters: { tools: ['files.read', 'files.write'] } },
      { token: owner.token },
    );
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({
      code: 'GOVERNANCE_VIOLATION',
      details: [expect.objectContaining({ tool: 'files.write', risk: 'create' })],
    });
    const list = await api.get(`/api/agents/${agent.id}/executions`, { token: owner.token });
    expect(list.body.data.executions).toEqual([]);
  });

  it('answers 403 GOVERNANCE_VIOLATION when a sync run asks for a tool beyond governance mid-flight', async () => {
    const agent = await anAgent(owner, { maturity_level: 'student' });
    const res = await execute(agent, { task: 'x [[tool:files.write {"path":"a.txt","content":"x"}]]' }, { token: owner.token });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('GOVERNANCE_VIOLATION');
  });

  it('needs the execute scope from an API key', async () => {
    const agent = await anAgent(owner);
    const reader = await anApiKey(owner, workspaceId, ['read', 'write']);
    const runner = await anApiKey(owner, workspaceId, ['execute']);
    expect((await execute(agent, { task: 'x' }, { apiKey: reader.secret })).status).toBe(403);
    expect((await execute(agent, { task: 'x' }, { apiKey: runner.secret })).status).toBe(200);
  });

  it('needs use rights: a view share answers 403, a use share runs', async () => {
    const agent = await anAgent(owner);
    const viewer = await aUser('viewer');
    const user = await aUser('user');
    for (const [who, access] of [
      [viewer, 'view'],
      [user, 'use'],
    ] as const) {
      await api.post(`/api/workspaces/${workspaceId}/members`, { email: who.email, role: 'member' }, { token: owner.token });
      await api.post(`/api/agents/${agent.id}/share`, { email: who.email, access }, { token: owner.token });
    }
    const headers = { 'X-Workspace-ID': workspaceId };
    expect((await execute(agent, { task: 'x' }, { token: viewer.token, headers })).status).toBe(403);
    expect((await execute(agent, { task: 'x' }, { token: user.token, headers })).status).toBe(200);
  });

  it('honours Idempotency-Key: the same body replays the first execution, another body answers 422', async () => {
    const agent = await anAgent(owner);
    const headers = { 'Idempotency-Key': `exec-${Date.now()}` };
    const first = await execute(agent, { task: 'Once only', mode: 'async' }, { token: owner.token, headers });
    const again = await execute(agent, { task: 'Once only', mode: 'async' }, { token: owner.token, headers });
    expect(again.status).toBe(202);
    expect(again.body.data.execution_id).toBe(first.body.data.execution_id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const list = await api.get(`/api/agents/${agent.id}/executions`, { token: owner.token });
    expect(list.body.data.executions).toHaveLength(1);
    expect((await execute(agent, { task: 'Something else', mode: 'async' }, { token: owner.token, headers })).status).toBe(422);
  });

  it.each([
    [{}, 'task'],
    [{ task: '   ' }, 'task'],
    [{ task: 'x', wait_seconds: 26 }, 'wait_seconds'],
    [{ task: 'x', mode: 'later' }, 'mode'],
    [{ task: 'x', parameters: { max_steps: 0 } }, 'parameters.max_steps'],
    [{ task: 'x', surprise: true }, 'surprise'],
  ])('refuses %j with 400 INVALID_INPUT', async (body, field) => {
    const res = await execute(await anAgent(owner), body, { token: owner.token });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error.details)).toContain(field.split('.').pop());
  });
});

describe('the concurrency cap', () => {
  it('answers 429 CONCURRENCY_LIMIT once the workspace runs its tier maximum (free: 2), and frees the slot when a run ends', async () => {
    const freeOwner = await aUser('cap-owner');
    await aWorkspace(freeOwner);
    const agent = await anAgent(freeOwner);
    const slow = { task: 'Hold on [[slow:60000]]', mode: 'async' };
    const first = await execute(agent, slow, { token: freeOwner.token });
    const second = await execute(agent, slow, { token: freeOwner.token });
    expect([first.status, second.status]).toEqual([202, 202]);
    const third = await execute(agent, slow, { token: freeOwner.token });
    expect(third.status).toBe(429);
    expect(third.body.error.code).toBe('CONCURRENCY_LIMIT');
    expect(third.headers.get('retry-after')).toEqual(expect.any(String));
    await api.post(`${first.body.data.poll_url}/cancel`, {}, { token: freeOwner.token });
    expect((await execute(agent, { task: 'Quick' }, { token: freeOwner.token })).status).toBe(200);
    await api.post(`${second.body.data.poll_url}/cancel`, {}, { token: freeOwner.token });
  });

  it("holds a workspace to the executions at once a platform operator set, below its tier's", async () => {
    const teamOwner = await aUser('override-owner');
    const ws = await aWorkspace(teamOwner);
    await setTier(ws, 'team');
    const operator = await aUser('operator', { platformAdmin: true });
    const set = await api.patch(`/api/workspaces/${ws}`, { execution_concurrency_override: 1 }, { token: operator.token });
    expect(set.body.data.workspace.execution_concurrency_override).toBe(1);
    const agent = await anAgent(teamOwner);
    const slow = { task: 'Hold on [[slow:60000]]', mode: 'async' };
    const first = await execute(agent, slow, { token: teamOwner.token });
    expect(first.status).toBe(202);
    const second = await execute(agent, slow, { token: teamOwner.token });
    expect({ status: second.status, code: second.body.error?.code }).toEqual({ status: 429, code: 'CONCURRENCY_LIMIT' });
    await api.post(`${first.body.data.poll_url}/cancel`, {}, { token: teamOwner.token });
  });
});
