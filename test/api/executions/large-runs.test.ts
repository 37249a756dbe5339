import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { bucketName } from '../../../lambdas/data/bucket';
import { s3 } from '../../../lambdas/data/clients';
import { executionKey } from '../../../lambdas/data/keys';
import { ddb, tableName } from '../../../lambdas/data/table';
import { api, request } from '../../support/api-client';
import { aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';
import { anAgent, execute, type TestAgent } from './helpers';

/** A run larger than one table item: its steps and large bodies live outside the execution's item. */

let owner: TestUser;

beforeAll(async () => {
  owner = await aUser('large-runs-owner');
  await setTier(await aWorkspace(owner), 'team');
});

/** 24 files of 20 KB and one of 100 KB (over the 32 KiB a step keeps in its item), each with its own content. */
const FILES = Array.from({ length: 25 }, (_, i) => {
  const path = `big-${String(i).padStart(2, '0')}.txt`;
  const line = `${path}: ${'0123456789abcdefghij'.repeat(4)}\n`;
  return { path, content: line.repeat(Math.ceil((i === 24 ? 100_000 : 20_000) / line.length)).slice(0, i === 24 ? 100_000 : 20_000) };
});

/** 5 MB of JSON with text, numbers, nesting and characters JSON escapes. */
const CONTEXT = {
  category: 'bulk import',
  blob: 'The quick brown fox jumps over the lazy dog. '.repeat(111_200),
  nested: { numbers: [1, 2.5, -3e-7, 0], flags: [true, false, null], quoted: 'say "hi"\\n\ttabbed — é ✓ 🙂' },
};

const statusOf = async (agent: TestAgent, id: string): Promise<string | undefined> => {
  const listed = await api.get(`/api/agents/${agent.id}/executions?limit=5`, { token: owner.token });
  return (listed.body.data.executions as { id: string; status: string }[]).find((e) => e.id === id)?.status;
};

const waitUntil = async (condition: () => Promise<boolean>, what: string, ms: number) => {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

const leftovers = async (agent: TestAgent & { workspace_id: string }) => {
  const items = await ddb.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': `AGENT#${agent.id}` },
    }),
  );
  const objects = await s3().send(new ListObjectsV2Command({ Bucket: bucketName, Prefix: `ws/${agent.workspace_id}/agents/${agent.id}/` }));
  return (items.Items?.length ?? 0) + (objects.Contents?.length ?? 0);
};

describe('a run larger than one table item', () => {
  it('a run with a 5 MB context and 51 steps, 25 of them 20 KB or more, completes and reads back intact, ' +
    'and deleting its agent purges it', async () => {
    expect(Buffer.byteLength(JSON.stringify(CONTEXT))).toBeGreaterThan(5_000_000);
    const agent = (await anAgent(owner, { timeout_seconds: 600 })) as TestAgent & { workspace_id: string };
    for (const file of FILES) {
      const put = await request('PUT', `/api/agents/${agent.id}/files?path=${file.path}`, {
        token: owner.token,
        rawBody: file.content,
        headers: { 'Content-Type': 'text/plain' },
      });
      expect(put.status).toBe(200);
    }
    const tools = FILES.map((f) => ({ name: 'files.read', input: { path: f.path } }));
    const started = await execute(
      agent,
      { task: 'Read every file', context: CONTEXT, mode: 'async', parameters: { max_steps: 30, local: { tools } } },
      { token: owner.token },
    );
    expect(started.status).toBe(202);
    const id = started.body.data.execution_id as string;

    await waitUntil(
      async () => ['completed', 'failed', 'timed_out'].includes((await statusOf(agent, id)) ?? ''),
      'the run ending',
      240_000,
    );
    const read = await api.get(`/api/agents/${agent.id}/executions/${id}`, { token: owner.token });
    expect(read.status).toBe(200);
    const run = read.body.data;
    expect(run).toMatchObject({ status: 'completed', error: null });
    expect(JSON.stringify(run.context)).toBe(JSON.stringify(CONTEXT));
    expect(run.steps).toHaveLength(51);
    expect(run.steps.map((s: { index: number }) => s.index)).toEqual([...Array(51).keys()]);
    const toolSteps = run.steps.filter((s: { type: string }) => s.type === 'tool') as { input: { path: string }; output: string }[];
    expect(toolSteps.map((s) => s.input.path)).toEqual(FILES.map((f) => f.path));
    toolSteps.forEach((step, i) => expect(step.output).toBe(FILES[i]?.content));

    // The execution's item stays small: the context and the steps are elsewhere.
    const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: executionKey(agent.id, id), ConsistentRead: true }));
    expect(Buffer.byteLength(JSON.stringify(Item))).toBeLessThan(64 * 1024);
    expect(Item).toMatchObject({ step_count: 51, bodies: { context: { size: expect.any(Number), sha256: expect.any(String) } } });
    expect(Item?.steps).toBeUndefined();

    // The list shows summaries: no steps, no 5 MB context.
    const listed = (await api.get(`/api/agents/${agent.id}/executions`, { token: owner.token })).body.data.executions[0];
    expect(listed).toMatchObject({ id, status: 'completed', steps: [], context: null });

    expect((await api.delete(`/api/agents/${agent.id}`, { token: owner.token })).status).toBe(200);
    await waitUntil(async () => (await leftovers(agent)) === 0, "the agent's items and objects being purged", 20_000);
  }, 300_000);

  it('refuses a context over 5 MiB with 400 naming the field', async () => {
    const agent = await anAgent(owner);
    const res = await execute(
      agent,
      { task: 'too much', context: { blob: 'x'.repeat(5 * 1024 * 1024) }, mode: 'async' },
      { token: owner.token },
    );
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error.details)).toContain('context');
  });

  it("answers 404 for another workspace's large execution", async () => {
    const agent = await anAgent(owner);
    const started = await execute(agent, { task: 'mine', context: { blob: 'y'.repeat(100_000) }, mode: 'async' }, { token: owner.token });
    const stranger = await aUser('large-runs-stranger');
    await aWorkspace(stranger);
    const res = await api.get(`/api/agents/${agent.id}/executions/${started.body.data.execution_id}`, { token: stranger.token });
    expect(res.status).toBe(404);
  });
});
