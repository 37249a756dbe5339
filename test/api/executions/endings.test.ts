import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { submitExecution } from '../../../lambdas/data/executions';
import { runningExecutionsKey } from '../../../lambdas/data/keys';
import { ddb, tableName } from '../../../lambdas/data/table';
import type { Agent } from '../../../lambdas/domain/agents/model';
import { newExecution } from '../../../lambdas/domain/executions/submit';
import { REAP_MARGIN_SECONDS } from '../../../lambdas/domain/executions/stranded';
import { api } from '../../support/api-client';
import { aUser, aWorkspace, type TestUser } from '../../support/fixtures';
import { anAgent, execute, waitForStatus } from './helpers';

/** Runs whose flow is killed behind the platform's back still end, with a reason, and give their slot back. */

const LOCAL_EXECUTIONS = 'arn:aws:states:us-east-1:000000000000:execution:agent-platform-local-executions';

const slotsInUse = async (workspaceId: string): Promise<number> =>
  Number(
    (await ddb.send(new GetCommand({ TableName: tableName, Key: runningExecutionsKey(workspaceId), ConsistentRead: true }))).Item
      ?.running ?? 0,
  );

/** StopExecution on the runtime's state machine, as an operator in the console would: nothing records the cancel first. */
const stopRunDirectly = (executionId: string) =>
  fetch(`${process.env.API_URL}/__aws/states`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.0', 'X-Amz-Target': 'AWSStepFunctions.StopExecution' },
    body: JSON.stringify({ executionArn: `${LOCAL_EXECUTIONS}:${executionId}`, error: 'Operator', cause: 'stopped from the console' }),
  });

const reaperTick = async (now: Date): Promise<string[]> => {
  const res = await fetch(`${process.env.API_URL}/local/reaper/tick`, { method: 'POST', body: JSON.stringify({ now: now.toISOString() }) });
  return ((await res.json()) as { reaped: string[] }).reaped;
};

let owner: TestUser;
let workspaceId: string;

beforeEach(async () => {
  owner = await aUser('endings-owner');
  workspaceId = await aWorkspace(owner);
});

describe('executions always end', () => {
  it("a state machine run aborted behind the platform's back: its status change cancels the execution, freeing its slot", async () => {
    const agent = await anAgent(owner);
    const started = await execute(agent, { task: 'Long one [[slow:20000]]', mode: 'async' }, { token: owner.token });
    await waitForStatus(owner, started.body.data.poll_url, ['in_progress']);
    expect((await stopRunDirectly(started.body.data.execution_id)).status).toBe(200);

    const ended = await waitForStatus(owner, started.body.data.poll_url, ['cancelled']);
    expect(ended.error).toMatchObject({ code: 'CANCELLED', message: expect.stringContaining('stopped from the console') });
    expect(await slotsInUse(workspaceId)).toBe(0);
  });

  it('a run that never started is reaped timed_out once its timeout plus the margin has passed, and its slot comes back', async () => {
    const agent = (await anAgent(owner, { timeout_seconds: 60 })) as unknown as Agent;
    const created = new Date();
    const execution = newExecution(
      { task: 'stranded', mode: 'async' },
      { agent, requestedBy: 'endings-test', source: { type: 'api' }, now: created.toISOString() },
    );
    await submitExecution(execution, 2);
    expect(await slotsInUse(workspaceId)).toBe(1);

    const dueAt = created.getTime() + (60 + REAP_MARGIN_SECONDS) * 1000;
    expect(await reaperTick(new Date(dueAt - 60_000))).not.toContain(execution.id);
    expect(await reaperTick(new Date(dueAt + 1000))).toContain(execution.id);

    const read = await api.get(`/api/agents/${agent.id}/executions/${execution.id}`, { token: owner.token });
    expect(read.body.data).toMatchObject({
      status: 'timed_out',
      error: { code: 'TIMED_OUT', message: expect.stringContaining('the platform ended it') },
    });
    expect(await slotsInUse(workspaceId)).toBe(0);
  });
});
