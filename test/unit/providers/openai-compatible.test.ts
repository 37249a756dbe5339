import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OutboundRequest } from '../../../lambdas/flows/execution/tools/outbound-fetch';
import type { ModelRequest } from '../../../lambdas/providers/model-provider';
import { openAiCompatibleProvider } from '../../../lambdas/providers/openai-compatible';
import { providerFor } from '../../../lambdas/providers/provider-for';

const request: ModelRequest = {
  model: 'gpt-4o-mini',
  system: 'Be brief.',
  messages: [
    { role: 'user', text: 'What is in notes.txt?' },
    { role: 'assistant', text: '', tool_calls: [{ id: 'c1', name: 'files.read', input: { path: 'notes.txt' } }] },
    { role: 'tool', tool_call_id: 'c1', name: 'files.read', content: 'hello', is_error: false },
  ],
  tools: [{ name: 'files.read', description: 'Read a file', input_schema: { type: 'object' } }],
  attempt: 0,
  parameters: {},
};

const answering = (status: number, body: unknown) => {
  const calls: OutboundRequest[] = [];
  const fetchStub = async (sent: OutboundRequest) => {
    calls.push(sent);
    return { status, contentType: 'application/json', body: JSON.stringify(body), truncated: false };
  };
  return { calls, fetchStub };
};

describe('the OpenAI-compatible provider', () => {
  it('posts chat completions with function tools and the bearer key to the base URL', async () => {
    const { calls, fetchStub } = answering(200, {
      choices: [{ message: { content: 'It says hello.' }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 30, completion_tokens: 4 },
    });
    const turn = await openAiCompatibleProvider({ baseUrl: 'https://llm.example.com/v1/', apiKey: 'sk-test' }, fetchStub).converse(request);
    expect(turn).toMatchObject({ text: 'It says hello.', stop_reason: 'end_turn', usage: { input_tokens: 30, output_tokens: 4 } });
    expect(calls[0]?.url).toBe('https://llm.example.com/v1/chat/completions');
    expect(calls[0]?.headers?.Authorization).toBe('Bearer sk-test');
    const body = JSON.parse(String(calls[0]?.body));
    expect(body.messages).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'What is in notes.txt?' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'c1', type: 'function', function: { name: 'files_read', arguments: '{"path":"notes.txt"}' } }],
      },
      { role: 'tool', tool_call_id: 'c1', content: 'hello' },
    ]);
    expect(body.tools).toEqual([
      { type: 'function', function: { name: 'files_read', description: 'Read a file', parameters: { type: 'object' } } },
    ]);
  });

  it('passes every model parameter the agent set and leaves out those it did not', async () => {
    const { calls, fetchStub } = answering(200, { choices: [{ message: { content: '{}' }, finish_reason: 'stop' }] });
    const responseFormat = { type: 'json_schema', json_schema: { name: 'sales', schema: { type: 'object' } } } as const;
    await openAiCompatibleProvider({ baseUrl: 'https://llm.example.com/v1', apiKey: null }, fetchStub).converse({
      ...request,
      temperature: 0.3,
      top_k: 40,
      stop: ['END'],
      presence_penalty: 0.5,
      frequency_penalty: -0.5,
      seed: 7,
      response_format: responseFormat,
    });
    const body = JSON.parse(String(calls[0]?.body));
    expect(body).toMatchObject({
      temperature: 0.3,
      top_k: 40,
      stop: ['END'],
      presence_penalty: 0.5,
      frequency_penalty: -0.5,
      seed: 7,
      response_format: responseFormat,
    });
    expect(body).not.toHaveProperty('max_tokens');
    expect(body).not.toHaveProperty('top_p');
  });

  it('reads tool calls back under platform names', async () => {
    const { fetchStub } = answering(200, {
      choices: [
        {
          message: { content: null, tool_calls: [{ id: 'c2', function: { name: 'files_read', arguments: '{"path":"b.txt"}' } }] },
          finish_reason: 'tool_calls',
        },
      ],
    });
    const turn = await openAiCompatibleProvider({ baseUrl: 'https://llm.example.com/v1', apiKey: null }, fetchStub).converse(request);
    expect(turn.tool_calls).toEqual([{ id: 'c2', name: 'files.read', input: { path: 'b.txt' } }]);
    expect(turn.stop_reason).toBe('tool_use');
  });

  it.each([
    [429, 'ProviderThrottled'],
    [503, 'ProviderThrottled'],
    [401, 'ProviderFailed'],
    [500, 'ProviderFailed'],
  ])('turns an HTTP %i into %s', async (status, name) => {
    const { fetchStub } = answering(status, { error: { message: 'no' } });
    await expect(
      openAiCompatibleProvider({ baseUrl: 'https://llm.example.com', apiKey: null }, fetchStub).converse(request),
    ).rejects.toMatchObject({ name });
  });

  it('never reflects an upstream error body, which could carry what an internal server said', async () => {
    const { fetchStub } = answering(500, { secret: 'root:x:0:0:internal-metadata-token' });
    const failure = openAiCompatibleProvider({ baseUrl: 'https://llm.example.com', apiKey: null }, fetchStub).converse(request);
    await expect(failure).rejects.toMatchObject({ name: 'ProviderFailed', message: 'the model endpoint answered HTTP 500' });
  });

  it('refuses an answer cut at the size limit', async () => {
    const send = async () => ({ status: 200, contentType: 'application/json', body: '{"choices":', truncated: true });
    await expect(
      openAiCompatibleProvider({ baseUrl: 'https://llm.example.com', apiKey: null }, send).converse(request),
    ).rejects.toMatchObject({
      name: 'ProviderFailed',
      message: expect.stringContaining('more than'),
    });
  });
});

describe('the OpenAI-compatible endpoint an agent stores (OPENAI_BASE_URL)', () => {
  const deployed = { allowPlainHttp: false };
  const local = { allowPlainHttp: true, allowLoopback: true };
  const withBaseUrl = (url: string) => async () => ({ OPENAI_BASE_URL: url, OPENAI_API_KEY: 'k' });

  it('refuses a plain-HTTP base URL when deployed', async () => {
    await expect(
      providerFor({ llm_provider: 'openai-compatible' }, { credentials: withBaseUrl('http://llm.example.com/v1'), policy: deployed }),
    ).rejects.toMatchObject({ name: 'ProviderFailed' });
  });

  it.each([
    ['the instance metadata address', 'https://169.254.169.254/latest/meta-data'],
    ['a private address', 'https://10.0.0.5:8000/v1'],
    ['loopback', 'https://127.0.0.1:11434/v1'],
    ['localhost', 'https://localhost:11434/v1'],
  ])('refuses %s as a base URL when deployed (SSRF through the model provider)', async (_, url) => {
    await expect(
      providerFor({ llm_provider: 'openai-compatible' }, { credentials: withBaseUrl(url), policy: deployed }),
    ).rejects.toMatchObject({ name: 'ProviderFailed' });
  });

  describe('against a server on this machine', () => {
    let server: Server;
    let base: string;
    beforeAll(async () => {
      server = createServer((req, res) => {
        if (req.url === '/redirect/chat/completions') {
          res.writeHead(307, { Location: 'http://169.254.169.254/latest/meta-data' }).end();
          return;
        }
        res
          .writeHead(200, { 'Content-Type': 'application/json' })
          .end(JSON.stringify({ choices: [{ message: { content: 'hi' }, finish_reason: 'stop' }] }));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('reaches a local model server over loopback when the environment allows it (locally)', async () => {
      const provider = await providerFor({ llm_provider: 'openai-compatible' }, { credentials: withBaseUrl(`${base}/v1`), policy: local });
      await expect(provider.converse(request)).resolves.toMatchObject({ text: 'hi' });
    });

    it('refuses to follow a redirect from the model endpoint (SSRF through a redirect)', async () => {
      const provider = await providerFor(
        { llm_provider: 'openai-compatible' },
        { credentials: withBaseUrl(`${base}/redirect`), policy: local },
      );
      await expect(provider.converse(request)).rejects.toMatchObject({
        name: 'ProviderFailed',
        message: expect.stringContaining('redirect'),
      });
    });
  });
});
