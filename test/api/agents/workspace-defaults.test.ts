import { api } from '../../support/api-client';
import { aUser, aWorkspace, type TestUser } from '../../support/fixtures';

/** A workspace's `default_llm` takes effect on the agents created after it is set (API.md: workspace defaults). */

let owner: TestUser;
let ws: string;

beforeAll(async () => {
  owner = await aUser('defaults-owner');
  ws = await aWorkspace(owner);
  const set = await api.patch(
    `/api/workspaces/${ws}`,
    { default_llm: { provider: 'local', model: 'local-deterministic', temperature: 0.3, max_tokens: 500 } },
    { token: owner.token },
  );
  expect(set.status).toBe(200);
});

const create = (body: Record<string, unknown>) =>
  api.post(
    '/api/agents',
    { name: `Defaulted ${Math.random().toString(36).slice(2, 8)}`, ...body },
    { token: owner.token, headers: { 'X-Workspace-ID': ws } },
  );

describe("a workspace's default model parameters", () => {
  it('are copied into a new agent’s configuration', async () => {
    const res = await create({});
    expect(res.status).toBe(201);
    expect(res.body.data.agent).toMatchObject({
      llm_provider: 'local',
      llm_model: 'local-deterministic',
      configuration: { temperature: 0.3, max_tokens: 500 },
    });
  });

  it('sit beneath what the request sends, key by key', async () => {
    const res = await create({ configuration: { temperature: 0.9, top_p: 0.5 } });
    expect(res.body.data.agent.configuration).toEqual({ temperature: 0.9, max_tokens: 500, top_p: 0.5 });
  });
});
