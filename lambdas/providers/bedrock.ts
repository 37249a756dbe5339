import {
  type ContentBlock,
  ConverseCommand,
  type ConverseCommandOutput,
  type Message,
  type ToolUseBlock,
} from '@aws-sdk/client-bedrock-runtime';
import { providerFailed, providerThrottled } from '../domain/executions/flow-errors';
import type { ChatMessage, ToolCall } from '../domain/executions/conversation';
import type { ModelProvider, ModelRequest, ModelTurn } from './model-provider';
import { type ToolNameMap, toolNameMap } from './tool-names';
import { bedrock } from '../data/clients';

/**
 * Amazon Bedrock's Converse API with tool use: the deployed default. Throttling surfaces at once
 * (the client does not retry it) so that the state machine's `Retry` backs off where it shows.
 */

const THROTTLING = new Set([
  'ThrottlingException',
  'ServiceUnavailableException',
  'ModelNotReadyException',
  'ServiceQuotaExceededException',
]);

/** The SDK's JSON document type, as its tool blocks declare it. */
type DocumentType = NonNullable<ToolUseBlock['input']>;

type Send = (command: ConverseCommand) => Promise<ConverseCommandOutput>;

const defaultSend: Send = (command) => bedrock().send(command);

/** Bedrock wants strictly alternating roles, tool results inside a user message. */
export const toBedrockMessages = (messages: readonly ChatMessage[], names: ToolNameMap): Message[] => {
  const out: Message[] = [];
  const push = (role: 'user' | 'assistant', content: ContentBlock[]) => {
    const last = out[out.length - 1];
    if (last?.role === role) last.content = [...(last.content ?? []), ...content];
    else out.push({ role, content });
  };
  for (const m of messages) {
    if (m.role === 'user') push('user', [{ text: m.text }]);
    if (m.role === 'assistant') {
      push('assistant', [
        ...(m.text ? [{ text: m.text }] : []),
        ...m.tool_calls.map((c) => ({ toolUse: { toolUseId: c.id, name: names.wire(c.name), input: c.input as DocumentType } })),
      ]);
    }
    if (m.role === 'tool') {
      push('user', [
        { toolResult: { toolUseId: m.tool_call_id, content: [{ text: m.content }], status: m.is_error ? 'error' : 'success' } },
      ]);
    }
  }
  return out;
};

export const converseCommand = (request: ModelRequest, names: ToolNameMap): ConverseCommand =>
  new ConverseCommand({
    modelId: request.model,
    system: request.system ? [{ text: request.system }] : undefined,
    messages: toBedrockMessages(request.messages, names),
    toolConfig:
      request.tools.length > 0
        ? {
            tools: request.tools.map((t) => ({
              toolSpec: { name: names.wire(t.name), description: t.description, inputSchema: { json: t.input_schema as DocumentType } },
            })),
          }
        : undefined,
    // Converse has no portable top_k, penalties, seed or response format: those stay with OpenAI-compatible servers.
    inferenceConfig: { maxTokens: request.max_tokens, temperature: request.temperature, topP: request.top_p, stopSequences: request.stop },
  });

export const fromBedrockOutput = (output: ConverseCommandOutput, names: ToolNameMap): ModelTurn => {
  const content = output.output?.message?.content ?? [];
  const text = content.flatMap((b) => (b.text ? [b.text] : [])).join('\n');
  const reasoning = content
    .flatMap((b) => (b.reasoningContent?.reasoningText?.text ? [b.reasoningContent.reasoningText.text] : []))
    .join('\n');
  const toolCalls: ToolCall[] = content.flatMap((b) =>
    b.toolUse?.toolUseId && b.toolUse.name
      ? [{ id: b.toolUse.toolUseId, name: names.platform(b.toolUse.name), input: (b.toolUse.input ?? {}) as Record<string, unknown> }]
      : [],
  );
  return {
    text,
    tool_calls: toolCalls,
    stop_reason: toolCalls.length > 0 ? 'tool_use' : output.stopReason === 'max_tokens' ? 'max_tokens' : 'end_turn',
    usage: { input_tokens: output.usage?.inputTokens ?? 0, output_tokens: output.usage?.outputTokens ?? 0 },
    confidence: null,
    reasoning: reasoning || null,
  };
};

export const bedrockProvider = (send: Send = defaultSend): ModelProvider => ({
  converse: async (request) => {
    const names = toolNameMap(request.tools);
    let output: ConverseCommandOutput;
    try {
      output = await send(converseCommand(request, names));
    } catch (error) {
      const name = (error as Error).name;
      if (THROTTLING.has(name)) throw providerThrottled(`Bedrock throttled ${request.model}: ${(error as Error).message}`);
      throw providerFailed(`Bedrock refused ${request.model}: ${(error as Error).message}`);
    }
    return fromBedrockOutput(output, names);
  },
});
