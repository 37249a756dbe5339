import { api } from '../../support/api-client';
import { aMember, aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';
import { anAgent, execute, type TestAgent } from '../executions/helpers';

/** The training read-out after real runs and ratings, and adaptations applied and reverted through HTTP. */

let owner: TestUser;
let outsider: TestUser;
let workspaceId: string;

beforeAll(async () => {
  owner = await aUser('training-owner');
  outsider = await aUser('training-outsider');
  workspaceId = await aWorkspace(owner);
  await aWorkspace(outsider);
  await setTier(workspaceId, 'team');
});

const runAndRate = async (agent: TestAgent, task: string, rating: number) => {
  const res = await execute(agent, { task, context: { category: 'invoice review' } }, { token: owner.token });
  if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  const rated = await api.post(
    `/api/agents/${agent.id}/executions/${res.body.data.execution_id}/feedback`,
    { rating, outcome: 'success' },
    { token: owner.token },
  );
  if (rated.status !== 200) throw new Error(JSON.stringify(rated.body));
};

/** The summary is mined off the request path: read until it shows what `ready` asks for. */
const trainingWhen = async (agent: TestAgent, ready: (data: Record<string, any>) => boolean) => {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const res = await api.get(`/api/agents/${agent.id}/training`, { token: owner.token });
    if (res.status === 200 && ready(res.body.data)) return res.body.data;
    if (Date.now() > deadline) throw new Error(`training never got ready: ${JSON.stringify(res.body)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe('after a dozen successful, well-rated runs', () => {
  let agent: TestAgent;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the read-out is asserted field by field below
  let training: Record<string, any>;

  beforeAll(async () => {
    agent = await anAgent(owner, { system_prompt: 'Be precise.' });
    for (let i = 1; i <= 12; i += 1) await runAndRate(agent, `Review invoice ${i} [[tool:files.list]]`, 5);
    training = await trainingWhen(
      agent,
      (data) => data.adaptations_available.length > 0 && data.patterns_detected.some((p: { sample_size: number }) => p.sample_size === 12),
    );
  });

  it('shows the seed’s training shape with statistics, feedback, patterns and readiness', () => {
    expect(Object.keys(training).sort()).toEqual(
      [
        'adaptations_available',
        'agent_id',
        'feedback',
        'governance_violations',
        'graduation_readiness',
        'learning_statistics',
        'patterns_detected',
      ].sort(),
    );
    expect(training.learning_statistics).toEqual({
      total_experiences: 12,
      successful_experiences: 12,
      success_rate: 1,
      avg_confidence: 0.85,
    });
    expect(training.feedback).toEqual({ count: 12, avg_rating: 5 });
    expect(training.governance_violations).toEqual({ count: 0, since: expect.stringMatching(/^\d{4}-\d{2}-01$/) });
    expect(training.patterns_detected).toEqual(
      expect.arrayContaining([
        { pattern: 'Task category: invoice review', success_rate: 1, sample_size: 12 },
        { pattern: 'Tool sequence: files.list', success_rate: 1, sample_size: 12 },
      ]),
    );
    expect(training.graduation_readiness).toEqual({
      current_level: 'student',
      readiness_score: 0.955,
      eligible_levels: ['intern'],
      episodes_until_exam: 0,
    });
    expect(training.adaptations_available[0]).toEqual({
      id: expect.stringMatching(/^adp_/),
      type: 'reinforce_pattern',
      description: expect.any(String),
      expected_improvement: 0.1,
    });
  });

  it('shows the same readiness on the agent resource, read or changed', async () => {
    const res = await api.get(`/api/agents/${agent.id}`, { token: owner.token });
    expect(res.body.data.agent.graduation).toEqual(training.graduation_readiness);
    const changed = await api.patch(`/api/agents/${agent.id}`, { description: 'Reviews invoices' }, { token: owner.token });
    expect(changed.body.data.agent.graduation).toEqual(training.graduation_readiness);
  });

  it('applies an adaptation as a versioned change of the agent, and reverts exactly it', async () => {
    const before = (await api.get(`/api/agents/${agent.id}`, { token: owner.token })).body.data.agent;
    const { id } = training.adaptations_available[0];
    const base = `/api/agents/${agent.id}/training/adaptations/${id}`;

    expect((await api.post(`${base}/apply`, {}, { token: owner.token, headers: { 'If-Match': String(before.version - 1) } })).status).toBe(
      412,
    );
    const applied = await api.post(`${base}/apply`, {}, { token: owner.token, headers: { 'If-Match': String(before.version) } });
    expect(applied.status).toBe(200);
    expect(applied.body.data.adaptation).toMatchObject({ id, status: 'applied', agent_version: before.version + 1 });
    expect(applied.body.data.agent.version).toBe(before.version + 1);
    expect(applied.body.data.agent.system_prompt).toMatch(/^Be precise\.\n\n.+/);
    expect((await api.post(`${base}/apply`, {}, { token: owner.token })).body.error.code).toBe('INVALID_TRANSITION');

    const listed = await api.get(`/api/agents/${agent.id}/training/adaptations?status=applied`, { token: owner.token });
    expect(listed.body.data.adaptations.map((a: { id: string }) => a.id)).toEqual([id]);
    const readOut = await api.get(`/api/agents/${agent.id}/training`, { token: owner.token });
    expect(readOut.body.data.adaptations_available.map((a: { id: string }) => a.id)).not.toContain(id);

    const reverted = await api.post(`${base}/revert`, {}, { token: owner.token });
    expect(reverted.status).toBe(200);
    expect(reverted.body.data.agent).toMatchObject({ system_prompt: 'Be precise.', version: before.version + 2 });
    expect(
      (await api.get(`/api/agents/${agent.id}/training/adaptations?status=reverted`, { token: owner.token })).body.data.adaptations,
    ).toEqual([expect.objectContaining({ id, status: 'reverted', reverted_at: expect.any(String) })]);
    expect((await api.post(`${base}/revert`, {}, { token: owner.token })).status).toBe(409);
  });

  it('refuses a member with use rights only, and answers 404 for an unknown adaptation', async () => {
    const member = await aMember(owner, workspaceId, 'member');
    await api.post(`/api/agents/${agent.id}/share`, { email: member.email, access: 'use' }, { token: owner.token });
    const { id } = training.adaptations_available[0];
    expect((await api.post(`/api/agents/${agent.id}/training/adaptations/${id}/apply`, {}, { token: member.token })).status).toBe(403);
    const unknown = await api.post(`/api/agents/${agent.id}/training/adaptations/adp_0000/apply`, {}, { token: owner.token });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'ADAPTATION_NOT_FOUND']);
    expect((await api.get(`/api/agents/${agent.id}/training/adaptations?status=sideways`, { token: owner.token })).status).toBe(400);
  });

  it('answers 404 to another workspace on every training route', async () => {
    const { id } = training.adaptations_available[0];
    const base = `/api/agents/${agent.id}/training`;
    const probes = await Promise.all([
      api.get(base, { token: outsider.token }),
      api.get(`${base}/adaptations`, { token: outsider.token }),
      api.post(`${base}/adaptations/${id}/apply`, {}, { token: outsider.token }),
      api.post(`${base}/adaptations/${id}/revert`, {}, { token: outsider.token }),
    ]);
    expect(probes.map((r) => r.status)).toEqual([404, 404, 404, 404]);
  });
});

describe('the learning counters', () => {
  it('count a rating given again once, with its new value', async () => {
    const agent = await anAgent(owner);
    const done = (await execute(agent, { task: 'Rate twice' }, { token: owner.token })).body.data;
    const feedback = `/api/agents/${agent.id}/executions/${done.execution_id}/feedback`;
    await api.post(feedback, { rating: 5, outcome: 'success' }, { token: owner.token });
    await api.post(feedback, { rating: 2, outcome: 'failure', comment: 'wrong total' }, { token: owner.token });
    const training = await trainingWhen(agent, () => true);
    expect(training.feedback).toEqual({ count: 1, avg_rating: 2 });
  });

  it('counts a run stopped by governance as a violation in the window', async () => {
    const agent = await anAgent(owner, { maturity_level: 'student' });
    const res = await execute(agent, { task: 'x [[tool:files.write {"path":"a.txt","content":"x"}]]' }, { token: owner.token });
    expect(res.body.error.code).toBe('GOVERNANCE_VIOLATION');
    const training = await trainingWhen(agent, () => true);
    expect(training.governance_violations.count).toBe(1);
    expect(training.learning_statistics).toMatchObject({ total_experiences: 1, successful_experiences: 0 });
  });
});
