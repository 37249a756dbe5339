import { GetCommand } from '@aws-sdk/lib-dynamodb';
import aslValidator from 'asl-validator';
import { getAgentStats } from '../../../../lambdas/data/agent-stats';
import { findAgent } from '../../../../lambdas/data/agents';
import { getExamSet, putExamSet } from '../../../../lambdas/data/exam-sets';
import { getExecution, submitExecution } from '../../../../lambdas/data/executions';
import { getGraduation, startGraduation } from '../../../../lambdas/data/graduations';
import { graduationLockKey } from '../../../../lambdas/data/keys';
import { ddb, tableName } from '../../../../lambdas/data/table';
import type { Agent } from '../../../../lambdas/domain/agents/model';
import { newExecution } from '../../../../lambdas/domain/executions/submit';
import type { ExamTask } from '../../../../lambdas/domain/graduation/exam';
import { type Graduation, newGraduation } from '../../../../lambdas/domain/graduation/model';
import { newId } from '../../../../lambdas/domain/ids';
import { readiness } from '../../../../lambdas/domain/learning/readiness';
import type { AslDefinition } from '../../../../lib/flows/execution-flow-asl';
import { synthesizeExecutionFlow } from '../../../../lib/flows/execution-flow-asl';
import { PLACEHOLDER_EXECUTIONS_ARN, synthesizeGraduationFlow } from '../../../../lib/flows/graduation-flow-asl';
import { FLOW_STATUS_CHANGE } from '../../../../lambdas/flows/execution/flow-status-change';
import { localCredentialsKey } from '../../../../local/credentials-key';
import type { LocalStepFunctions } from '../../../../local/step-functions';
import { api } from '../../../support/api-client';
import { aUser, aWorkspace, setTier, type TestUser } from '../../../support/fixtures';
import { waitForEvents } from '../../../support/local-events';
import { waitUntil } from '../../../support/wait-until';

/**
 * The graduation flow as synthesized (the deployed definition), run in-process with its real task
 * handlers against DynamoDB Local, its exam tasks as child runs of the synthesized execution flow:
 * one named case per way a graduation ends.
 */

process.env.LOCAL_CREDENTIALS_KEY ??= localCredentialsKey();

const GRADUATIONS_ARN = 'arn:aws:states:us-east-1:000000000000:stateMachine:agent-platform-test-graduations';
let definition: AslDefinition;
let executions: LocalStepFunctions;
let graduations: LocalStepFunctions;
let endings: typeof import('../../../../lambdas/flows/graduation/endings');
let owner: TestUser;
const runEndings: Promise<void>[] = [];
let workspaceId: string;
const BY = 'user_graduation_test';

beforeAll(async () => {
  definition = synthesizeGraduationFlow();
  const { LocalStepFunctions: Machine, executionTaskHandlers, graduationTaskHandlers } = await import('../../../../local/step-functions');
  endings = await import('../../../../lambdas/flows/graduation/endings');
  executions = new Machine({
    stateMachineArn: PLACEHOLDER_EXECUTIONS_ARN,
    definition: synthesizeExecutionFlow(),
    handlerFor: await executionTaskHandlers(),
    retryIntervalMs: 20,
  });
  const { handler: runEnded } = await import('../../../../lambdas/flows/graduation/run-ended');
  graduations = new Machine({
    stateMachineArn: GRADUATIONS_ARN,
    definition,
    handlerFor: await graduationTaskHandlers(),
    retryIntervalMs: 20,
    childMachine: executions,
    // What the rule on the state machine's status-change events delivers deployed.
    onRunEnded: (detail) => void runEndings.push(runEnded({ 'detail-type': FLOW_STATUS_CHANGE, source: 'aws.states', detail } as never)),
  });
  owner = await aUser('graduation-owner');
  workspaceId = await aWorkspace(owner);
  await setTier(workspaceId, 'team');
}, 60_000);

afterAll(async () => {
  graduations?.stopAll();
  executions?.stopAll();
  await Promise.all([graduations?.idle(), executions?.idle()]);
});

const anAgent = async (): Promise<Agent> => {
  const res = await api.post('/api/agents', { name: `Graduate ${Math.random().toString(36).slice(2, 9)}` }, { token: owner.token });
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return res.body.data.agent as Agent;
};

/** `count` successful runs through the execution flow: the episodes and figures a graduation reads. */
const experienced = async (count = 10): Promise<Agent> => {
  const agent = await anAgent();
  for (let n = 0; n < count; n += 1) {
    const execution = newExecution(
      { task: `Summarize report number ${n}`, mode: 'async' },
      { agent, requestedBy: 'graduation-test', source: { type: 'api' }, now: new Date().toISOString() },
    );
    await submitExecution(execution, 100);
    const { executionArn } = executions.startExecution(
      PLACEHOLDER_EXECUTIONS_ARN,
      execution.id,
      JSON.stringify({ workspace_id: agent.workspace_id, agent_id: agent.id, execution_id: execution.id }),
    );
    expect(await executions.settled(executionArn)).toBe('SUCCEEDED');
  }
  return agent;
};

const examSet = (tasks: ExamTask[]) =>
  putExamSet(workspaceId, { level: 'intern', tasks, updated_at: new Date().toISOString(), updated_by: BY });

/** Stores a graduation to intern with the workspace's exam set as it is now and starts its run, as the route does. */
const graduate = async (agent: Agent) => {
  const eligibleThen = { target_level: 'intern' as const, score: 0.9, eligible: true, unmet: [], episodes_until_exam: 0 };
  const graduation = newGraduation({
    id: newId('grad'),
    agent,
    readiness: eligibleThen,
    passMark: 0.6,
    by: BY,
    now: new Date().toISOString(),
  });
  const set = await getExamSet(workspaceId, 'intern');
  await startGraduation(graduation, set?.tasks.length ? set.tasks : null);
  const { executionArn } = graduations.startExecution(
    GRADUATIONS_ARN,
    graduation.id,
    JSON.stringify({ workspace_id: agent.workspace_id, agent_id: agent.id, graduation_id: graduation.id }),
  );
  return { graduation, executionArn };
};

const stored = async (graduation: Graduation) => (await getGraduation(graduation.agent_id, graduation.id)) as Graduation;
const locked = async (agentId: string) =>
  Boolean((await ddb.send(new GetCommand({ TableName: tableName, Key: graduationLockKey(agentId), ConsistentRead: true }))).Item);

describe('the synthesized graduation flow', () => {
  it('is valid Amazon States Language, every top-level task catching into RecordError and the Map running two exam tasks at a time', () => {
    const { isValid, errorsText } = aslValidator(definition as never, { checkArn: true, checkPaths: true });
    expect({ isValid, errors: errorsText('\n') }).toEqual({ isValid: true, errors: '' });
    for (const name of ['CheckEligibility', 'PrepareExam', 'Exam', 'Grade'])
      expect(definition.States[name]?.Catch).toEqual([expect.objectContaining({ ErrorEquals: ['States.ALL'], Next: 'RecordError' })]);
    expect(definition.States.Exam).toMatchObject({ Type: 'Map', MaxConcurrency: 2 });
  });

  it('pass: sits five tasks sampled from its episodes, ' +
    'promotes the agent to intern in one transaction and publishes agent.graduated', async () => {
    const agent = await experienced();
    const run = await graduate(agent);
    expect(await graduations.settled(run.executionArn)).toBe('SUCCEEDED');
    // What the bench prices: CheckEligibility, Eligible, PrepareExam, Exam, 5 × (StartExamRun, RunExam, GradeExamTask), Grade, Ended;
    // each exam run Prepare, WhatNext, ModelTurn, WhatNext, RecordResult, Completed (three of them Lambda tasks).
    expect(await graduations.usage(run.executionArn, true)).toEqual({ runs: 6, transitions: 21 + 5 * 6, lambda_invocations: 13 + 5 * 3 });
    const graduation = await stored(run.graduation);
    expect(graduation).toMatchObject({
      status: 'passed',
      score: 1,
      from_level: 'student',
      target_level: 'intern',
      ended_at: expect.any(String),
    });
    expect(graduation.steps.map((s) => [s.name, s.status])).toEqual([
      ['check_eligibility', 'succeeded'],
      ['prepare_exam', 'succeeded'],
      ['exam', 'succeeded'],
      ['grade', 'succeeded'],
    ]);
    expect(graduation.exam_tasks).toHaveLength(5);
    for (const task of graduation.exam_tasks) {
      expect(task).toMatchObject({ kind: 'task', score: 1, outcome: 'passed', execution_id: expect.stringMatching(/^exec_/) });
      expect(await getExecution(agent.id, task.execution_id as string)).toMatchObject({
        purpose: 'exam',
        exam_level: 'intern',
        status: 'completed',
        graduation_id: graduation.id,
      });
    }
    const promoted = (await findAgent(agent.workspace_id, agent.id)) as Agent;
    expect(promoted).toMatchObject({ maturity_level: 'intern', version: agent.version + 1 });
    expect((await getAgentStats(agent.id))?.episodes_at_intern).toBe(0);
    expect(await locked(agent.id)).toBe(false);
    const [event] = await waitForEvents((e) => e.detail.event === 'agent.graduated' && e.detail.data.agent_id === agent.id, 1);
    expect(event?.detail.data).toEqual({
      agent_id: agent.id,
      graduation_id: graduation.id,
      previous_level: 'student',
      new_level: 'intern',
      readiness_score: 0.9,
    });
  }, 60_000);

  it('fail: an exam below the pass mark leaves the agent a student, with the task scores and when to retry in graduation.failed; ' +
    'the exam set replaced meanwhile does not change the exam', async () => {
    const agent = await experienced();
    await examSet([{ task: 'Name the capital of France', expect: { contains: ['unicorn'] } }]);
    try {
      const run = await graduate(agent);
      // A set replaced once the graduation started is not what it sits: it keeps the tasks it started with.
      await examSet([{ task: 'Name the capital of France', expect: { contains: ['Local answer to'] } }]);
      expect(await graduations.settled(run.executionArn)).toBe('SUCCEEDED');
      const graduation = await stored(run.graduation);
      expect(graduation).not.toHaveProperty('exam_set_tasks');
      expect(graduation).toMatchObject({
        status: 'failed',
        score: 0,
        reason: 'the mean score 0 is below the pass mark 0.6',
        retry_after: { date: expect.any(String), episodes: 15 },
      });
      expect(graduation.exam_tasks[0]).toMatchObject({
        score: 0,
        outcome: 'failed',
        checks: [{ check: 'contains', passed: false, detail: 'unicorn' }],
      });
      expect((await findAgent(agent.workspace_id, agent.id))?.maturity_level).toBe('student');
      expect(await locked(agent.id)).toBe(false);
      const [event] = await waitForEvents(
        (e) => e.detail.event === 'graduation.failed' && e.detail.data.graduation_id === graduation.id,
        1,
      );
      expect(event?.detail.data).toMatchObject({
        status: 'failed',
        score: 0,
        task_scores: [{ index: 0, kind: 'task', score: 0 }],
        retry_after: graduation.retry_after,
      });
    } finally {
      await examSet([]);
    }
  }, 60_000);

  it('not eligible at the re-check: ends failed before any exam run, naming the requirements not met', async () => {
    const agent = await anAgent();
    const run = await graduate(agent);
    expect(await graduations.settled(run.executionArn)).toBe('SUCCEEDED');
    const graduation = await stored(run.graduation);
    expect(graduation.status).toBe('failed');
    expect(graduation.reason).toMatch(/^no longer eligible for intern: episodes, .* not met/);
    expect(graduation.steps.map((s) => s.status)).toEqual(['succeeded', 'skipped', 'skipped', 'skipped']);
    expect(graduation.exam_tasks).toEqual([]);
    expect(await locked(agent.id)).toBe(false);
  });

  it('concurrent start: a second graduation of the same agent is refused with 409 GRADUATION_IN_PROGRESS while one runs', async () => {
    const agent = await anAgent();
    const first = newGraduation({
      id: newId('grad'),
      agent,
      readiness: readiness(
        {
          success_rate: 1,
          avg_confidence: 1,
          feedback: { count: 0, avg_rating: null },
          governance_violations: { count: 0, since: '' },
          episodes_at_level: 10,
        },
        'intern',
      ),
      passMark: 0.6,
      by: BY,
      now: new Date().toISOString(),
    });
    await startGraduation(first);
    await expect(startGraduation({ ...first, id: newId('grad') })).rejects.toMatchObject({
      code: 'GRADUATION_IN_PROGRESS',
      details: [expect.objectContaining({ graduation_id: first.id })],
    });
    expect(await endings.cancel(first, BY)).toBe(true);
    await expect(startGraduation({ ...first, id: newId('grad') })).resolves.toBeUndefined();
  });

  it('an exam run that fails scores 0 with its error as the reason, and the exam goes on', async () => {
    const agent = await experienced();
    await examSet([
      { task: 'Describe the weather', expect: { contains: ['Local answer to'] } },
      { task: 'Break on purpose [[fail:model-broke]]', expect: { contains: ['anything'] } },
    ]);
    try {
      const run = await graduate(agent);
      expect(await graduations.settled(run.executionArn)).toBe('SUCCEEDED');
      const graduation = await stored(run.graduation);
      expect(graduation.exam_tasks.map((t) => t.score)).toEqual([1, 0]);
      expect(graduation.exam_tasks[1]?.reason).toContain('model-broke');
      expect((await getExecution(agent.id, graduation.exam_tasks[1]?.execution_id as string))?.status).toBe('failed');
      expect(graduation).toMatchObject({ status: 'failed', score: 0.5 });
    } finally {
      await examSet([]);
    }
  }, 60_000);

  it('cancel: records the graduation cancelled, releases the lock, and stopping its run stops the exam run it waits on', async () => {
    const agent = await experienced();
    await examSet([{ task: 'Take your time [[slow:3000]]', expect: { contains: ['Local answer to'] } }]);
    try {
      const run = await graduate(agent);
      const sitting = await waitUntil(
        () => stored(run.graduation),
        (g) => Boolean(g.exam_tasks[0]?.execution_id),
      );
      const childArn = executions.executionArn(sitting.exam_tasks[0]?.execution_id as string);
      await waitUntil(
        async () => executions.status(childArn),
        (status) => status === 'RUNNING',
      );
      expect(await endings.cancel(sitting, BY)).toBe(true);
      graduations.stopExecution(run.executionArn, 'Cancelled', 'cancelled by the test');
      expect(await graduations.settled(run.executionArn)).toBe('ABORTED');
      expect(await executions.settled(childArn)).toBe('ABORTED');
      const graduation = await stored(run.graduation);
      expect(graduation).toMatchObject({ status: 'cancelled', reason: `cancelled by ${BY}` });
      expect(graduation.steps.map((s) => s.status)).toEqual(['succeeded', 'succeeded', 'skipped', 'skipped']);
      expect(await locked(agent.id)).toBe(false);
      expect(await endings.cancel(graduation, BY)).toBe(false);
    } finally {
      await executions.idle();
      await examSet([]);
    }
  }, 60_000);

  it('a run stopped before anyone recorded a cancel still ends its graduation cancelled, through the run-ended path', async () => {
    const agent = await experienced();
    await examSet([{ task: 'Take your time [[slow:3000]]', expect: { contains: ['Local answer to'] } }]);
    try {
      const run = await graduate(agent);
      await waitUntil(
        () => stored(run.graduation),
        (g) => Boolean(g.exam_tasks[0]?.execution_id),
      );
      graduations.stopExecution(run.executionArn, 'Stopped', 'stopped from the console');
      expect(await graduations.settled(run.executionArn)).toBe('ABORTED');
      await Promise.all(runEndings);
      expect(await stored(run.graduation)).toMatchObject({ status: 'cancelled', reason: 'cancelled by a stop of its run' });
      expect(await locked(agent.id)).toBe(false);
    } finally {
      await executions.idle();
      await examSet([]);
    }
  }, 60_000);
});
