import { setTimeout as sleep } from 'node:timers/promises';
import { providerFailed, providerThrottled } from '../domain/executions/flow-errors';
import { estimateTokens } from '../domain/tokens';
import { localSteering, withoutMarkers } from './local-steering';
import type { ChatMessage } from '../domain/executions/conversation';
import { estimatedInputTokens, type ModelProvider, type ModelRequest, type ModelTurn } from './model-provider';

/**
 * The deterministic, offline model: the default for `npm start` and the tests. It answers from the
 * task, the context and the tool results it was given, and does what its steering says (call named
 * tools one per turn, fail, be throttled N times, be slow), so every branch of the flow is testable.
 */

const DEFAULT_CONFIDENCE = 0.85;
/** A Lambda turn cannot outlive 15 minutes; neither may a steered delay. */
const MAX_DELAY_MS = 15 * 60 * 1000;

const firstUserText = (messages: readonly ChatMessage[]): string => messages.find((m) => m.role === 'user')?.text ?? '';

const toolResults = (messages: readonly ChatMessage[]) =>
  messages.filter((m): m is Extract<ChatMessage, { role: 'tool' }> => m.role === 'tool');

const usageOf = (request: ModelRequest, output: string) => ({
  input_tokens: estimatedInputTokens(request),
  output_tokens: estimateTokens(output),
});

const summarize = (text: string, limit = 200) => (text.length > limit ? `${text.slice(0, limit - 1)}…` : text);

const answerFor = (request: ModelRequest, steeredAnswer: string | null): string => {
  if (steeredAnswer) return steeredAnswer;
  const prompt = withoutMarkers(firstUserText(request.messages));
  const results = toolResults(request.messages).map((r) => `${r.name} → ${summarize(r.content, 120)}`);
  return [`Local answer to: ${summarize(prompt)}`, ...(results.length > 0 ? [`Tool results: ${results.join('; ')}`] : [])].join('\n');
};

export const localProvider = (): ModelProvider => ({
  converse: async (request): Promise<ModelTurn> => {
    const steering = localSteering(request.parameters, firstUserText(request.messages));
    if (steering.delay_ms > 0) await sleep(Math.min(steering.delay_ms, MAX_DELAY_MS));
    if (request.attempt < steering.throttle) {
      throw providerThrottled(`the local model is throttled (attempt ${request.attempt + 1} of ${steering.throttle} refused)`);
    }
    if (steering.fail) throw providerFailed(steering.fail);

    const billed = steering.cost_usd !== null ? { cost_usd: steering.cost_usd } : {};
    const done = toolResults(request.messages).length;
    const next = steering.tools[done];
    if (next) {
      const call = { id: `call_${done + 1}`, name: next.name, input: next.input };
      const text = `Calling ${next.name}.`;
      return {
        text,
        tool_calls: [call],
        stop_reason: 'tool_use',
        usage: usageOf(request, text + JSON.stringify(call)),
        confidence: null,
        reasoning: `The task calls for ${next.name} (tool ${done + 1} of ${steering.tools.length}).`,
        ...billed,
      };
    }
    const text = answerFor(request, steering.answer);
    return {
      text,
      tool_calls: [],
      stop_reason: 'end_turn',
      usage: usageOf(request, text),
      confidence: steering.confidence ?? DEFAULT_CONFIDENCE,
      reasoning: done > 0 ? `Answered from the task and ${done} tool result(s).` : 'Answered from the task and its context.',
      ...billed,
    };
  },
});
