import { providerFailed, providerThrottled } from '../domain/executions/flow-errors';
import type { OutboundRequest, OutboundResponse } from '../flows/execution/tools/outbound-fetch';
import type { ChatMessage } from '../domain/executions/conversation';
import type { ModelProvider, ModelRequest, ModelTurn } from './model-provider';
import { type ToolNameMap, toolNameMap } from './tool-names';

/**
 * Chat completions with tools against any OpenAI-compatible base URL (OpenAI, vLLM, Ollama).
 * 429 and 5xx-overloaded answers are throttling (the flow retries them); anything else fails.
 * The base URL is the agent's to choose, so the request goes out like an agent's own (`send`: the outbound
 * guard, redirects refused, answer size and time bounded), and an error answer's body is never repeated:
 * only its status, which cannot carry what an internal server said.
 */

/** Sends one request under the outbound rules (provider-for.ts binds the policy). */
export type ProviderSend = (request: OutboundRequest) => Promise<OutboundResponse>;

const ANSWER_LIMIT_BYTES = 4 * 1024 * 1024;
const ANSWER_TIMEOUT_MS = 120_000;

export interface OpenAiEndpoint {
  /** e.g. `https://api.openai.com/v1`; `/chat/completions` is appended. */
  baseUrl: string;
  apiKey: string | null;
}

const THROTTLING_STATUSES = new Set([429, 503, 529]);

interface ChatCompletion {
  choices?: {
    message?: { content?: string | null; tool_calls?: { id: string; function: { name: string; arguments: string } }[] };
    finish_reason?: string;
  }[];
  usage?: { prompt_tokens?: number; completion_tokens?: number };
}

export const toOpenAiMessages = (system: string, messages: readonly ChatMessage[], names: ToolNameMap) => [
  ...(system ? [{ role: 'system', content: system }] : []),
  ...messages.map((m) => {
    if (m.role === 'user') return { role: 'user', content: m.text };
    if (m.role === 'tool') return { role: 'tool', tool_call_id: m.tool_call_id, content: m.content };
    return {
      role: 'assistant',
      content: m.text || null,
      ...(m.tool_calls.length > 0
        ? {
            tool_calls: m.tool_calls.map((c) => ({
              id: c.id,
              type: 'function',
              function: { name: names.wire(c.name), arguments: JSON.stringify(c.input) },
            })),
          }
        : {}),
    };
  }),
];

export const chatCompletionBody = (request: ModelRequest, names: ToolNameMap) => ({
  model: request.model,
  messages: toOpenAiMessages(request.system, request.messages, names),
  ...(request.tools.length > 0
    ? {
        tools: request.tools.map((t) => ({
          type: 'function',
          function: { name: names.wire(t.name), description: t.description, parameters: t.input_schema },
        })),
      }
    : {}),
  ...definedOnly({
    max_tokens: request.max_tokens,
    temperature: request.temperature,
    top_p: request.top_p,
    top_k: request.top_k,
    stop: request.stop,
    presence_penalty: request.presence_penalty,
    frequency_penalty: request.frequency_penalty,
    seed: request.seed,
    response_format: request.response_format,
  }),
});

/** A parameter the agent did not set is left out, so the server's default applies. */
const definedOnly = (fields: Record<string, unknown>) => Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));

const parseArguments = (text: string): Record<string, unknown> => {
  try {
    const value: unknown = JSON.parse(text || '{}');
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

export const fromChatCompletion = (completion: ChatCompletion, names: ToolNameMap): ModelTurn => {
  const choice = completion.choices?.[0];
  const toolCalls = (choice?.message?.tool_calls ?? []).map((c) => ({
    id: c.id,
    name: names.platform(c.function.name),
    input: parseArguments(c.function.arguments),
  }));
  return {
    text: choice?.message?.content ?? '',
    tool_calls: toolCalls,
    stop_reason: toolCalls.length > 0 ? 'tool_use' : choice?.finish_reason === 'length' ? 'max_tokens' : 'end_turn',
    usage: { input_tokens: completion.usage?.prompt_tokens ?? 0, output_tokens: completion.usage?.completion_tokens ?? 0 },
    confidence: null,
    reasoning: null,
  };
};

export const openAiCompatibleProvider = (endpoint: OpenAiEndpoint, send: ProviderSend): ModelProvider => ({
  converse: async (request) => {
    const names = toolNameMap(request.tools);
    const url = `${endpoint.baseUrl.replace(/\/+$/, '')}/chat/completions`;
    let response: OutboundResponse;
    try {
      response = await send({
        url,
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(endpoint.apiKey ? { Authorization: `Bearer ${endpoint.apiKey}` } : {}) },
        body: JSON.stringify(chatCompletionBody(request, names)),
        maxBytes: ANSWER_LIMIT_BYTES,
        timeoutMs: ANSWER_TIMEOUT_MS,
      });
    } catch (error) {
      throw providerFailed(`the model endpoint could not be reached: ${(error as Error).message}`);
    }
    if (THROTTLING_STATUSES.has(response.status)) throw providerThrottled(`the model endpoint answered HTTP ${response.status}`);
    if (response.status < 200 || response.status >= 300) throw providerFailed(`the model endpoint answered HTTP ${response.status}`);
    if (response.truncated) throw providerFailed(`the model endpoint answered more than ${ANSWER_LIMIT_BYTES} bytes`);
    let completion: ChatCompletion;
    try {
      completion = JSON.parse(response.body) as ChatCompletion;
    } catch {
      throw providerFailed('the model endpoint answered something other than JSON');
    }
    return fromChatCompletion(completion, names);
  },
});
