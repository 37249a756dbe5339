import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { api } from '../../support/api-client';
import { aUser, aWorkspace, type TestUser } from '../../support/fixtures';
import { anAgent, execute } from './helpers';

/** An OpenAI-compatible model server on loopback (allowed for model endpoints in the local runtime only). */
const aModelServer = async (answer: string) => {
  const calls: { url: string; headers: IncomingHttpHeaders; body: { model?: string } }[] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      calls.push({ url: req.url ?? '', headers: req.headers, body: JSON.parse(raw || '{}') });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify({
          choices: [{ message: { role: 'assistant', content: answer }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 12, completion_tokens: 5 },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    calls,
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

describe("an agent's llm integration", () => {
  let owner: TestUser;
  let ws: string;
  let model: Awaited<ReturnType<typeof aModelServer>>;

  beforeAll(async () => {
    owner = await aUser('integration-runner');
    ws = await aWorkspace(owner);
    model = await aModelServer('Answered by the integration');
  });

  afterAll(() => model.close());

  it("is what a run calls: the integration's provider, base URL and key, not the agent's own provider", async () => {
    const integration = await api.post(
      `/api/workspaces/${ws}/integrations`,
      {
        kind: 'llm',
        provider: 'openai-compatible',
        name: 'Team model server',
        config: { base_url: model.baseUrl },
        credentials: { API_KEY: 'sk-integration-key' },
      },
      { token: owner.token },
    );
    expect(integration.status).toBe(201);
    // The agent itself names the offline provider: a run that ignored the integration would answer locally.
    const agent = await anAgent(owner, {
      llm_provider: 'local',
      llm_model: 'gpt-4o-mini',
      llm_integration_id: integration.body.data.integration.id,
    });

    const res = await execute(agent, { task: 'Say hello' }, { token: owner.token });

    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ status: 'completed', usage: { input_tokens: 12, output_tokens: 5 } });
    expect(JSON.stringify(res.body.data.result)).toContain('Answered by the integration');
    expect(model.calls).toHaveLength(1);
    expect(model.calls[0]).toMatchObject({
      url: '/v1/chat/completions',
      headers: { authorization: 'Bearer sk-integration-key' },
      body: { model: 'gpt-4o-mini' },
    });
  });

  it("passes the agent's model parameters to the model server", async () => {
    const integration = await api.post(
      `/api/workspaces/${ws}/integrations`,
      { kind: 'llm', provider: 'openai-compatible', name: 'Parameters', config: { base_url: model.baseUrl }, is_default: false },
      { token: owner.token },
    );
    const configuration = {
      temperature: 0.2,
      max_tokens: 300,
      stop: 'END',
      seed: 42,
      presence_penalty: 0.5,
      response_format: { type: 'json_object' },
    };
    const agent = await anAgent(owner, {
      llm_model: 'gpt-4o-mini',
      llm_integration_id: integration.body.data.integration.id,
      configuration,
    });
    const before = model.calls.length;
    expect((await execute(agent, { task: 'Say hello' }, { token: owner.token })).status).toBe(200);
    expect(model.calls[before]?.body).toMatchObject({
      temperature: 0.2,
      max_tokens: 300,
      stop: ['END'],
      seed: 42,
      presence_penalty: 0.5,
      response_format: { type: 'json_object' },
    });
  });

  it('an agent without one keeps running on its own provider', async () => {
    const before = model.calls.length;
    const agent = await anAgent(owner, { llm_provider: 'local', llm_integration_id: null });
    const res = await execute(agent, { task: 'Say hello' }, { token: owner.token });
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body.data.result)).toContain('Say hello');
    expect(model.calls).toHaveLength(before);
  });
});
