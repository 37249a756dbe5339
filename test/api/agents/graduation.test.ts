import { api } from '../../support/api-client';
import { aMember, aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';
import { type LocalEvent, localEvents, waitForEvents } from '../../support/local-events';
import { aMinimalPlugin, enablePlugin } from '../../support/plugins';
import { waitUntil } from '../../support/wait-until';
import { anExperiencedAgent } from '../../support/graduation';
import { anAgent, execute } from '../executions/helpers';

/** Graduation over HTTP (API.md "Learning and graduation"): from a dozen rated runs to `intern`, and the tools that level allows. */

let owner: TestUser;
let ws: string;

beforeAll(async () => {
  owner = await aUser('graduation');
  ws = await aWorkspace(owner);
  await setTier(ws, 'team');
});

interface GraduationBody {
  status: string;
  score: number | null;
  steps: { name: string; status: string }[];
  exam_tasks: { execution_id: string }[];
}

const analyzeTool = {
  name: 'stats_summarize',
  description: 'Summarize a series of numbers.',
  input_schema: { type: 'object' },
  risk: 'analyze',
};

describe('graduating an agent', () => {
  it('takes an agent with a dozen rated runs from student to intern, step by step, publishing agent.graduated ' +
    'and no agent.executed for its exam runs; intern lets it ask for an analyze tool a student is refused', async () => {
    // A dozen successful runs, each rated 5.
    const agent = await anExperiencedAgent(owner, 12, 5);
    const started = await api.post(`/api/agents/${agent.id}/graduation`, {}, { token: owner.token });
    expect(started.status).toBe(202);
    const { graduation } = started.body.data;
    expect(graduation).toMatchObject({
      id: expect.stringMatching(/^grad_/),
      status: 'running',
      from_level: 'student',
      target_level: 'intern',
      pass_mark: 0.6,
    });
    expect(started.headers.get('location')).toBe(`/api/agents/${agent.id}/graduations/${graduation.id}`);

    // The exam's five runs take far longer than one request: the first graduation is still running.
    const again = await api.post(`/api/agents/${agent.id}/graduation`, {}, { token: owner.token });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'GRADUATION_IN_PROGRESS' });

    const seen = new Set<string>();
    const ended = await waitUntil(
      async () => (await api.get(`/api/agents/${agent.id}/graduations/${graduation.id}`, { token: owner.token })).body.data.graduation,
      (g: GraduationBody) => {
        for (const step of g.steps) if (step.status !== 'pending') seen.add(`${step.name}:${step.status}`);
        return g.status !== 'running';
      },
      60_000,
    );
    expect(ended).toMatchObject({ status: 'passed', score: 1 });
    expect([...seen]).toEqual(
      expect.arrayContaining(['check_eligibility:succeeded', 'prepare_exam:succeeded', 'exam:succeeded', 'grade:succeeded']),
    );
    expect(ended.exam_tasks).toHaveLength(5);
    const examRun = await api.get(`/api/agents/${agent.id}/executions/${ended.exam_tasks[0]?.execution_id}`, { token: owner.token });
    expect(examRun.body.data.status).toBe('completed');

    const promoted = await api.get(`/api/agents/${agent.id}`, { token: owner.token });
    expect(promoted.body.data.agent.maturity_level).toBe('intern');
    const [event] = await waitForEvents((e) => e.detail.event === 'agent.graduated' && e.detail.data.agent_id === agent.id, 1);
    expect(event?.detail.data).toEqual({
      agent_id: agent.id,
      graduation_id: graduation.id,
      previous_level: 'student',
      new_level: 'intern',
      readiness_score: graduation.readiness.score,
    });

    const listed = await api.get(`/api/agents/${agent.id}/graduations?limit=1`, { token: owner.token });
    expect(listed.body.data.graduations.map((g: { id: string }) => g.id)).toEqual([graduation.id]);

    const plugin = await aMinimalPlugin(owner, { tools: [analyzeTool] });
    await enablePlugin(owner, ws, plugin.id);
    const student = await anAgent(owner);
    for (const a of [student, agent])
      expect((await api.put(`/api/agents/${a.id}/plugins`, { plugin_ids: [plugin.id] }, { token: owner.token })).status).toBe(200);
    const asked = { task: 'Summarize these numbers', parameters: { tools: ['stats_summarize'] } };
    const refused = await execute(student, asked, { token: owner.token });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'GOVERNANCE_VIOLATION' });
    const allowed = await execute(agent, asked, { token: owner.token });
    expect(allowed.status).toBe(200);

    // Exam runs are not usage: of this agent's runs, the exam's alone publish no agent.executed.
    const runId = allowed.body.data.execution_id;
    const executedOf = (e: LocalEvent) => e.detail.event === 'agent.executed' && e.detail.data.agent_id === agent.id;
    expect(await waitForEvents((e) => executedOf(e) && e.detail.data.execution_id === runId, 1)).toHaveLength(1);
    const examRuns = new Set(ended.exam_tasks.map((t) => t.execution_id));
    const executed = (await localEvents()).filter(executedOf).map((e) => e.detail.data.execution_id as string);
    expect(executed.filter((id) => examRuns.has(id))).toEqual([]);
    expect(executed).toHaveLength(13);
  }, 120_000);

  it('answers 422 NOT_ELIGIBLE with the readiness figures for an inexperienced agent, and for a level other than the next', async () => {
    const agent = await anAgent(owner);
    const res = await api.post(`/api/agents/${agent.id}/graduation`, {}, { token: owner.token });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({
      code: 'NOT_ELIGIBLE',
      details: [
        expect.objectContaining({
          target_level: 'intern',
          unmet: expect.arrayContaining(['episodes']),
          episodes_until_exam: 10,
          figures: expect.objectContaining({ episodes_at_level: 0 }),
        }),
      ],
    });
    const skipping = await api.post(`/api/agents/${agent.id}/graduation`, { target_level: 'supervised' }, { token: owner.token });
    expect(skipping.status).toBe(422);
    expect(skipping.body.error.details).toEqual([expect.objectContaining({ issue: 'not the next level', next_level: 'intern' })]);
  });

  it("answers 404 for another workspace's agent and graduation, never revealing them", async () => {
    const stranger = await aUser('graduation-stranger');
    await aWorkspace(stranger);
    const agent = await anAgent(owner);
    expect((await api.post(`/api/agents/${agent.id}/graduation`, {}, { token: stranger.token })).status).toBe(404);
    expect((await api.get(`/api/agents/${agent.id}/graduations`, { token: stranger.token })).status).toBe(404);
    const foreign = await api.get(`/api/agents/${agent.id}/graduations/grad_01J0000000000000000000000`, { token: stranger.token });
    expect(foreign.status).toBe(404);
    const own = await api.get(`/api/agents/${agent.id}/graduations/grad_01J0000000000000000000000`, { token: owner.token });
    expect(own.body.error).toMatchObject({ code: 'GRADUATION_NOT_FOUND' });
  });

  it('lets only workspace owners and admins start or cancel a graduation', async () => {
    const member = await aMember(owner, ws, 'member');
    const agent = await anAgent(member);
    const res = await api.post(`/api/agents/${agent.id}/graduation`, {}, { token: member.token });
    expect(res.status).toBe(403);
  });
});
