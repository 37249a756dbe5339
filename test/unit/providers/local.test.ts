import { localProvider } from '../../../lambdas/providers/local';
import { localSteering } from '../../../lambdas/providers/local-steering';
import type { ChatMessage } from '../../../lambdas/domain/executions/conversation';
import type { ModelRequest } from '../../../lambdas/providers/model-provider';

const request = (task: string, overrides: Partial<ModelRequest> = {}): ModelRequest => ({
  model: 'local-deterministic',
  system: 'You are a test agent.',
  messages: [{ role: 'user', text: task }],
  tools: [{ name: 'files.list', description: 'List files', input_schema: { type: 'object' } }],
  attempt: 0,
  parameters: {},
  ...overrides,
});

const afterTool = (task: string, name: string, content: string): ChatMessage[] => [
  { role: 'user', text: task },
  { role: 'assistant', text: `Calling ${name}.`, tool_calls: [{ id: 'call_1', name, input: {} }] },
  { role: 'tool', tool_call_id: 'call_1', name, content, is_error: false },
];

describe('the local provider', () => {
  const provider = localProvider();

  it('answers from the task, deterministically, with a confidence and estimated usage', async () => {
    const first = await provider.converse(request('Summarize the quarter'));
    const second = await provider.converse(request('Summarize the quarter'));
    expect(first).toEqual(second);
    expect(first.text).toContain('Summarize the quarter');
    expect(first.stop_reason).toBe('end_turn');
    expect(first.confidence).toBe(0.85);
    expect(first.usage.input_tokens).toBeGreaterThan(0);
    expect(first.usage.output_tokens).toBeGreaterThan(0);
  });

  it('calls the tools its parameters name, one per turn, then answers with their results', async () => {
    const parameters = { local: { tools: [{ name: 'files.list', input: { prefix: 'docs/' } }] } };
    const first = await provider.converse(request('List my files', { parameters }));
    expect(first.stop_reason).toBe('tool_use');
    expect(first.tool_calls).toEqual([{ id: 'call_1', name: 'files.list', input: { prefix: 'docs/' } }]);

    const second = await provider.converse(
      request('List my files', { parameters, messages: afterTool('List my files', 'files.list', '["a.txt"]') }),
    );
    expect(second.stop_reason).toBe('end_turn');
    expect(second.text).toContain('files.list → ["a.txt"]');
  });

  it('follows markers in the task text as it follows parameters', async () => {
    const turn = await provider.converse(request('Write it down [[tool:files.write {"path":"a.txt","content":"hi"}]]'));
    expect(turn.tool_calls).toEqual([{ id: 'call_1', name: 'files.write', input: { path: 'a.txt', content: 'hi' } }]);
  });

  it('is throttled the steered number of attempts, then answers', async () => {
    const parameters = { local: { throttle: 2 } };
    await expect(provider.converse(request('x', { parameters, attempt: 0 }))).rejects.toMatchObject({ name: 'ProviderThrottled' });
    await expect(provider.converse(request('x', { parameters, attempt: 1 }))).rejects.toMatchObject({ name: 'ProviderThrottled' });
    await expect(provider.converse(request('x', { parameters, attempt: 2 }))).resolves.toMatchObject({ stop_reason: 'end_turn' });
  });

  it('fails with the steered message', async () => {
    await expect(provider.converse(request('x [[fail:model_down]]'))).rejects.toMatchObject({
      name: 'ProviderFailed',
      message: 'model_down',
    });
    await expect(provider.converse(request('x', { parameters: { local: { fail: 'no model today' } } }))).rejects.toMatchObject({
      name: 'ProviderFailed',
      message: 'no model today',
    });
  });
});

describe('local steering', () => {
  it('prefers parameters over markers and clamps what it reads', () => {
    expect(localSteering({ local: { confidence: 3, throttle: -1, delay_ms: 50 } }, '[[confidence:0.2]] [[slow:9000]]')).toEqual({
      tools: [],
      answer: null,
      confidence: 1,
      fail: null,
      throttle: 0,
      delay_ms: 50,
      cost_usd: null,
    });
  });

  it('bills parameters.local.cost_usd for each turn, so spend budgets are testable offline', async () => {
    const turn = await localProvider().converse({
      model: 'local',
      system: '',
      messages: [{ role: 'user', text: 'hi' }],
      tools: [],
      attempt: 0,
      parameters: { local: { cost_usd: 0.25 } },
    });
    expect(turn.cost_usd).toBe(0.25);
  });

  it('reads every marker kind from the task', () => {
    expect(localSteering({}, '[[tool:files.list]] [[throttle:3]] [[slow:20]] [[answer:all_done]] [[confidence:0.4]]')).toEqual({
      tools: [{ name: 'files.list', input: {} }],
      answer: 'all done',
      confidence: 0.4,
      fail: null,
      throttle: 3,
      delay_ms: 20,
      cost_usd: null,
    });
  });
});
