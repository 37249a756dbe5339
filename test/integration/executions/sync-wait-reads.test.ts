import { executionKey } from '../../../lambdas/data/keys';
import { ddb } from '../../../lambdas/data/table';
import { readOffsets } from '../../../lambdas/domain/executions/sync-wait';
import { handler as createAgent } from '../../../lambdas/http/agents/create';
import { handler as execute } from '../../../lambdas/http/executions/execute';
import { aUser, aWorkspace } from '../../support/fixtures';
import { aContext, anEvent, aPrincipal } from '../../support/events';

/** What a sync execute costs while it waits: reads of the execution item, counted as the handler makes them. */

process.env.AWS_ENDPOINT_URL_SFN = `${process.env.API_URL}/__aws/states`;
// The runtime's own state machine: runs started here go on in the runtime.
process.env.STATE_MACHINE_ARN = 'arn:aws:states:us-east-1:000000000000:stateMachine:agent-platform-local-executions';

const reads: string[] = [];
ddb.middlewareStack.add(
  (next, context) => async (args) => {
    const key = (args.input as { Key?: { PK: string; SK: string } }).Key;
    if (context.commandName === 'GetItemCommand' && key) reads.push(`${key.PK}|${key.SK}`);
    return next(args);
  },
  { step: 'initialize', name: 'countReads' },
);

const anAgentIn = async (principal: ReturnType<typeof aPrincipal>): Promise<string> => {
  const res = await createAgent(
    anEvent({ path: '/api/agents', body: JSON.stringify({ name: `Waited on ${Date.now()}` }), principal }),
    aContext(),
  );
  return JSON.parse(res.body).data.agent.id as string;
};

const executeSync = async (principal: ReturnType<typeof aPrincipal>, agentId: string, body: Record<string, unknown>) => {
  reads.length = 0;
  const begun = Date.now();
  const res = await execute(
    anEvent({ path: `/api/agents/${agentId}/execute`, pathParameters: { agent: agentId }, body: JSON.stringify(body), principal }),
    aContext(),
  );
  const tookMs = Date.now() - begun;
  const data = JSON.parse(res.body).data as { execution_id: string; status: string };
  const key = executionKey(agentId, data.execution_id);
  return { status: res.statusCode, data, tookMs, executionReads: reads.filter((r) => r === `${key.PK}|${key.SK}`).length };
};

describe('a sync execute', () => {
  let principal: ReturnType<typeof aPrincipal>;
  beforeAll(async () => {
    principal = aPrincipal({ workspace_id: await aWorkspace(await aUser('sync-reads')), tier: 'team' });
  });

  it('of a short run reads its execution no more than once per 100 ms it waited, not every few milliseconds', async () => {
    const agentId = await anAgentIn(principal);
    const { status, data, tookMs, executionReads } = await executeSync(principal, agentId, { task: 'Summarize the quarter' });
    expect(status).toBe(200);
    expect(data.status).toBe('completed');
    expect(executionReads).toBeGreaterThanOrEqual(1);
    // However long the run took on this machine, the reads are the schedule's within that time.
    expect(executionReads).toBeLessThanOrEqual(readOffsets(tookMs).length);
  });

  it('that outlasts its wait reads no more often than the back-off allows, then answers 202', async () => {
    const agentId = await anAgentIn(principal);
    const { status, executionReads } = await executeSync(principal, agentId, { task: 'Hold on [[slow:3000]]', wait_seconds: 1 });
    expect(status).toBe(202);
    expect(executionReads).toBeGreaterThanOrEqual(1);
    expect(executionReads).toBeLessThanOrEqual(readOffsets(1_000).length);
  });
});
