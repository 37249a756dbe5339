import { tierModels } from '../../../lambdas/domain/tiers';
import { api } from '../../support/api-client';
import { aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';
import { anAgent, execute, waitForStatus } from '../executions/helpers';

/** The tier's model allow-list (issue 12, "Model spend"): agent writes and every model turn check it. */

const TEAM_ONLY = 'eu.anthropic.claude-sonnet-4-20250514-v1:0';
const FREE_MODEL = 'eu.amazon.nova-lite-v1:0';

let owner: TestUser;

beforeAll(async () => {
  owner = await aUser('models-owner');
  await aWorkspace(owner);
});

const agentCount = async () => (await api.get('/api/agents', { token: owner.token })).body.data.pagination.total as number;

describe('the tier model allow-list', () => {
  it('refuses an agent with a model outside the free tier: 422 MODEL_NOT_ALLOWED listing the allowed ids, nothing written', async () => {
    const before = await agentCount();
    const res = await api.post(
      '/api/agents',
      { name: 'Big spender', llm_provider: 'bedrock', llm_model: TEAM_ONLY },
      { token: owner.token },
    );
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'MODEL_NOT_ALLOWED', message: expect.stringContaining(FREE_MODEL) });
    expect(res.body.error.details).toEqual([
      expect.objectContaining({ field: 'llm_model', tier: 'free', provider: 'bedrock', allowed: [...tierModels.free.bedrock] }),
    ]);
    expect(await agentCount()).toBe(before);
  });

  it('refuses switching an agent to a model outside the tier through PATCH, PUT and /settings, and keeps its model', async () => {
    const agent = await anAgent(owner);
    const change = { llm_provider: 'bedrock', llm_model: 'anthropic.claude-opus-4-20250514-v1:0' };
    const answers = await Promise.all([
      api.patch(`/api/agents/${agent.id}`, change, { token: owner.token }),
      api.put(`/api/agents/${agent.id}`, change, { token: owner.token }),
      api.put(`/api/agents/${agent.id}/settings`, change, { token: owner.token }),
    ]);
    expect(answers.map((r) => [r.status, r.body.error?.code])).toEqual(Array(3).fill([422, 'MODEL_NOT_ALLOWED']));
    const stored = await api.get(`/api/agents/${agent.id}`, { token: owner.token });
    expect(stored.body.data.agent).toMatchObject({ llm_provider: 'local', llm_model: 'local-deterministic', version: 1 });
  });

  it("accepts the tier's own models and the offline local provider", async () => {
    const bedrock = await api.post(
      '/api/agents',
      { name: 'Thrifty', llm_provider: 'bedrock', llm_model: FREE_MODEL },
      { token: owner.token },
    );
    expect(bedrock.status).toBe(201);
    const local = await api.put(
      `/api/agents/${bedrock.body.data.agent.id}/settings`,
      { llm_provider: 'local', llm_model: 'anything-local' },
      { token: owner.token },
    );
    expect(local.status).toBe(200);
  });

  it('fails a run whose model left the tier (the tier was lowered) with MODEL_NOT_ALLOWED before any model turn', async () => {
    const teamOwner = await aUser('models-team');
    const ws = await aWorkspace(teamOwner);
    await setTier(ws, 'team');
    const agent = await anAgent(teamOwner, { llm_provider: 'bedrock', llm_model: TEAM_ONLY });
    await setTier(ws, 'free');
    const res = await execute(agent, { task: 'Spend a lot', mode: 'async' }, { token: teamOwner.token });
    expect(res.status).toBe(202);
    const ended = await waitForStatus(teamOwner, res.body.data.poll_url, ['failed', 'completed']);
    expect(ended).toMatchObject({ status: 'failed', error: { code: 'MODEL_NOT_ALLOWED', message: expect.stringContaining(TEAM_ONLY) } });
    expect(ended.steps).toEqual([]);
  });
});
