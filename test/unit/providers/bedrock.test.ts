import type { ConverseCommand, ConverseCommandOutput } from '@aws-sdk/client-bedrock-runtime';
import { bedrockProvider } from '../../../lambdas/providers/bedrock';
import type { ModelRequest } from '../../../lambdas/providers/model-provider';

const request: ModelRequest = {
  model: 'anthropic.claude-3-5-sonnet-20241022-v2:0',
  system: 'Be brief.',
  messages: [
    { role: 'user', text: 'Read notes.txt' },
    { role: 'assistant', text: '', tool_calls: [{ id: 't1', name: 'files.read', input: { path: 'notes.txt' } }] },
    { role: 'tool', tool_call_id: 't1', name: 'files.read', content: 'hello', is_error: false },
  ],
  tools: [{ name: 'files.read', description: 'Read a file', input_schema: { type: 'object', properties: { path: { type: 'string' } } } }],
  max_tokens: 500,
  temperature: 0.2,
  attempt: 0,
  parameters: {},
};

const answering = (output: Partial<ConverseCommandOutput>) => {
  const sent: ConverseCommand[] = [];
  const send = async (command: ConverseCommand) => {
    sent.push(command);
    return { $metadata: {}, metrics: undefined, ...output } as ConverseCommandOutput;
  };
  return { sent, send };
};

describe('the Bedrock provider', () => {
  it('sends the conversation in Converse form: tool names Bedrock accepts, tool results in a user message', async () => {
    const { sent, send } = answering({
      output: { message: { role: 'assistant', content: [{ text: 'It says hello.' }] } },
      stopReason: 'end_turn',
      usage: { inputTokens: 40, outputTokens: 5, totalTokens: 45 },
    });
    await bedrockProvider(send).converse(request);
    const input = sent[0]?.input;
    expect(input?.modelId).toBe(request.model);
    expect(input?.system).toEqual([{ text: 'Be brief.' }]);
    expect(input?.toolConfig?.tools?.[0]?.toolSpec?.name).toBe('files_read');
    expect(input?.messages).toEqual([
      { role: 'user', content: [{ text: 'Read notes.txt' }] },
      { role: 'assistant', content: [{ toolUse: { toolUseId: 't1', name: 'files_read', input: { path: 'notes.txt' } } }] },
      { role: 'user', content: [{ toolResult: { toolUseId: 't1', content: [{ text: 'hello' }], status: 'success' } }] },
    ]);
    expect(input?.inferenceConfig).toEqual({ maxTokens: 500, temperature: 0.2, topP: undefined });
  });

  it('sends stop sequences and top_p, and nothing of the parameters Converse has no field for', async () => {
    const { sent, send } = answering({ output: { message: { role: 'assistant', content: [{ text: 'ok' }] } }, stopReason: 'end_turn' });
    await bedrockProvider(send).converse({ ...request, top_p: 0.9, stop: ['END'], top_k: 40, seed: 7, presence_penalty: 1 });
    expect(sent[0]?.input?.inferenceConfig).toEqual({ maxTokens: 500, temperature: 0.2, topP: 0.9, stopSequences: ['END'] });
    expect(sent[0]?.input).not.toHaveProperty('additionalModelRequestFields');
  });

  it("answers tool calls under the platform's tool names, with the usage Bedrock reports", async () => {
    const { send } = answering({
      output: { message: { role: 'assistant', content: [{ toolUse: { toolUseId: 't2', name: 'files_read', input: { path: 'b.txt' } } }] } },
      stopReason: 'tool_use',
      usage: { inputTokens: 12, outputTokens: 7, totalTokens: 19 },
    });
    await expect(bedrockProvider(send).converse(request)).resolves.toEqual({
      text: '',
      tool_calls: [{ id: 't2', name: 'files.read', input: { path: 'b.txt' } }],
      stop_reason: 'tool_use',
      usage: { input_tokens: 12, output_tokens: 7 },
      confidence: null,
      reasoning: null,
    });
  });

  it.each([
    ['ThrottlingException', 'ProviderThrottled'],
    ['ServiceUnavailableException', 'ProviderThrottled'],
    ['ValidationException', 'ProviderFailed'],
    ['AccessDeniedException', 'ProviderFailed'],
  ])('turns %s into %s', async (sdkError, flowError) => {
    const send = async () => {
      throw Object.assign(new Error('refused'), { name: sdkError });
    };
    await expect(bedrockProvider(send).converse(request)).rejects.toMatchObject({ name: flowError });
  });
});
