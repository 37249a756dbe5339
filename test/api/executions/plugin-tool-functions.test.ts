import { api } from '../../support/api-client';
import { aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';
import { aMinimalPlugin, enablePlugin } from '../../support/plugins';
import { anAgent, execute, type TestAgent } from './helpers';

/**
 * A plugin tool that runs on a registered Lambda function, called from a live execution: the local
 * runtime stands in for the function (test/fixtures/tool-functions), and the tool's input schema is
 * JSON Schema 2020-12, which the executions compile in the dialect it was published with.
 */

const PLUGIN = 'pair-lookup-tools';
const FUNCTION_ARN = 'arn:aws:lambda:us-east-1:000000000000:function:pair-lookup';

const pairLookup = {
  name: 'pair_lookup',
  description: 'Looks up a labelled count.',
  input_schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    properties: {
      // 2020-12 only: a draft-07 validator refuses `prefixItems` when it compiles the schema.
      pair: { type: 'array', prefixItems: [{ type: 'string', maxLength: 20 }, { type: 'integer' }], items: false, minItems: 2 },
    },
    required: ['pair'],
    additionalProperties: false,
  },
  risk: 'read',
  endpoint: FUNCTION_ARN,
};

let owner: TestUser;
let agent: TestAgent;

const toolSteps = (execution: { steps: { type: string; tool?: string; output?: unknown }[] }) =>
  execution.steps.filter((s) => s.type === 'tool');

beforeAll(async () => {
  owner = await aUser('tool-fn-owner');
  const workspaceId = await aWorkspace(owner);
  await setTier(workspaceId, 'team');
  const plugin = await aMinimalPlugin(owner, { version: '1.0.0', tools: [pairLookup] }, PLUGIN);
  expect((await enablePlugin(owner, workspaceId, plugin.id)).status).toBe(200);
  agent = await anAgent(owner);
  expect((await api.put(`/api/agents/${agent.id}/plugins`, { plugin_ids: [plugin.id] }, { token: owner.token })).status).toBe(200);
});

describe('a plugin tool on a registered Lambda function', () => {
  it('is called with a 2020-12 input in an execution and its answer becomes the tool step', async () => {
    const res = await execute(agent, { task: 'Look it up [[tool:pair_lookup {"pair":["apples",21]}]]' }, { token: owner.token });
    expect(res.status).toBe(200);
    expect(res.body.data.status).toBe('completed');
    const [step] = toolSteps(res.body.data);
    expect(step).toMatchObject({ tool: 'pair_lookup', input: { pair: ['apples', 21] } });
    expect(JSON.parse(String(step?.output))).toEqual({ tool: 'pair_lookup', label: 'apples', doubled: 42, agent_id: agent.id });
  });

  it('refuses an input that breaks the 2020-12 schema before the function is called', async () => {
    const res = await execute(agent, { task: 'Look it up [[tool:pair_lookup {"pair":["apples","many"]}]]' }, { token: owner.token });
    expect(res.status).toBe(502);
    expect(res.body.error).toMatchObject({
      code: 'EXECUTION_FAILED',
      message: expect.stringContaining('the input for pair_lookup does not match its schema: data/pair/1 must be integer'),
      details: [expect.objectContaining({ issue: 'TOOL_FAILED' })],
    });
  });

  it('reports the function failing as the tool failing', async () => {
    const res = await execute(agent, { task: 'Look it up [[tool:pair_lookup {"pair":["explode",1]}]]' }, { token: owner.token });
    expect(res.status).toBe(502);
    expect(res.body.error).toMatchObject({
      code: 'EXECUTION_FAILED',
      message: expect.stringMatching(/pair_lookup failed in its function: .*the lookup service is down/),
      details: [expect.objectContaining({ issue: 'TOOL_FAILED' })],
    });
  });
});
