import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { getExecution } from '../../../../lambdas/data/executions';
import { runningExecutionsKey } from '../../../../lambdas/data/keys';
import { ddb, tableName } from '../../../../lambdas/data/table';
import type { Agent } from '../../../../lambdas/domain/agents/model';
import { DomainError } from '../../../../lambdas/domain/errors';
import { api } from '../../../support/api-client';
import { aUser, aWorkspace } from '../../../support/fixtures';

/** Starting a run when Step Functions refuses StartExecution: nothing may stay pending or hold a slot. */

process.env.AWS_ENDPOINT_URL_SFN = `${process.env.API_URL}/__aws/states`;
// A state machine the runtime does not have: StartExecution answers StateMachineDoesNotExist.
process.env.STATE_MACHINE_ARN = 'arn:aws:states:us-east-1:000000000000:stateMachine:agent-platform-missing';

const running = async (workspaceId: string): Promise<number> =>
  Number(
    (await ddb.send(new GetCommand({ TableName: tableName, Key: runningExecutionsKey(workspaceId), ConsistentRead: true }))).Item
      ?.running ?? 0,
  );

describe('starting an execution', () => {
  it('a StartExecution that fails answers 503 SERVICE_UNAVAILABLE, records the run failed and gives its slot back', async () => {
    const { startExecution } = await import('../../../../lambdas/use-cases/executions/start');
    const owner = await aUser('start-owner');
    const workspaceId = await aWorkspace(owner);
    const res = await api.post('/api/agents', { name: 'Unstartable' }, { token: owner.token });
    const agent = res.body.data.agent as Agent;

    const error = await startExecution(
      agent,
      { task: 'hello', mode: 'async' },
      { requestedBy: 'start-test', source: { type: 'api' } },
    ).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', data: { retryAfterSeconds: 5 } });
    const executionId = /exec_\w+/.exec((error as Error).message)?.[0] as string;
    expect(await getExecution(agent.id, executionId)).toMatchObject({
      status: 'failed',
      error: { code: 'SERVICE_UNAVAILABLE', message: expect.stringContaining('could not be started') },
    });
    expect(await running(workspaceId)).toBe(0);
  });
});
