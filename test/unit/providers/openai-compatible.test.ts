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
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchStub = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  }) as unknown as typeof fetch;
  return { calls, fetchStub };
};

describe('the OpenAI-compatible provider', () => {
  it('posts chat completions with function tools and the bearer key to the base URL', async () => {
    const { calls, fetchStub } = answering(200, { choices: [{ message: { content: 'It says hello.' }, finish_reason: 'stop' }], usage: { prompt_tokens: 30, completion_tokens: 4 } });
    const turn = await openAiCompatibleProvider({ baseUrl: 'https://llm.example.com/v1/', apiKey: 'sk-test' }, fetchStub).converse(request);
    expect(turn).toMatchObject({ text: 'It says hello.', stop_reason: 'end_turn', usage: { input_tokens: 30, output_tokens: 4 } });
    expect(calls[0]?.url).toBe('https://llm.example.com/v1/chat/completions');
    expect((calls[0]?.init.headers as Record<string, string>).Authorization).toBe('Bearer sk-test');
    const body = JSON.parse(String(calls[0]?.init.body));
    expect(body.messages).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'What is in notes.txt?' },
      { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'files_read', arguments: '{"path":"notes.txt"}' } }] },
      { role: 'tool', tool_call_id: 'c1', content: 'hello' },
    ]);
    expect(body.tools).toEqual([{ type: 'function', function: { name: 'files_read', description: 'Read a file', parameters: { type: 'object' } } }]);
  });

  it('reads tool calls back under platform names', async () => {
    const { fetchStub } = answering(200, {
      choices: [{ message: { content: null, tool_calls: [{ id: 'c2', function: { name: 'files_read', arguments: '{"path":"b.txt"}' } }] }, finish_reason: 'tool_calls' }],
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
    await expect(openAiCompatibleProvider({ baseUrl: 'https://llm.example.com', apiKey: null }, fetchStub).converse(request)).rejects.toMatchObject({ name });
  });

  it('takes its endpoint from the agent credentials and refuses a plain-HTTP base URL when deployed', async () => {
    const credentials = async () => ({ OPENAI_BASE_URL: 'http://10.0.0.5:8000/v1', OPENAI_API_KEY: 'k' });
    await expect(providerFor({ llm_provider: 'openai-compatible' }, { credentials, allowPlainHttp: false })).rejects.toMatchObject({ name: 'ProviderFailed' });
    await expect(providerFor({ llm_provider: 'openai-compatible' }, { credentials, allowPlainHttp: true })).resolves.toBeDefined();
  });
});
