import type { LlmConfiguration } from '../domain/agents/model';
import type { ChatMessage, ToolCall } from '../domain/executions/conversation';
import type { TokenUsage } from '../domain/executions/model';
import { estimateTokens } from '../domain/tokens';

/**
 * One interface for every model provider (`local`, `bedrock`, `openai-compatible`): a turn takes
 * the conversation so far and the tools on offer, and answers text and/or tool calls with the
 * tokens it used. Providers throw `ProviderThrottled` (retried by the flow) or `ProviderFailed`.
 */

export interface ToolSpec {
  /** The platform's name (`files.read`, `<plugin>.<tool>`); providers map it to what their API accepts. */
  name: string;
  description: string;
  input_schema: Record<string, unknown>;
}

/** The agent's model parameters ride along; each provider sends the ones its API has. */
export interface ModelRequest extends LlmConfiguration {
  model: string;
  system: string;
  messages: ChatMessage[];
  tools: ToolSpec[];
  /** How many times this turn was throttled already (the local provider's steering counts them). */
  attempt: number;
  /** The execution's `parameters`; only the local provider reads them (`parameters.local`). */
  parameters: Record<string, unknown>;
}

/** The estimated input of a request: its system prompt, messages and tools as sent. */
export const estimatedInputTokens = (request: Pick<ModelRequest, 'system' | 'messages' | 'tools'>): number =>
  estimateTokens(request.system, JSON.stringify(request.messages), JSON.stringify(request.tools));

export interface ModelTurn {
  text: string;
  tool_calls: ToolCall[];
  stop_reason: 'end_turn' | 'tool_use' | 'max_tokens';
  usage: TokenUsage;
  /** 0–1 when the provider states one; null otherwise. */
  confidence: number | null;
  /** A short account of why, for the execution's `reasoning_trace`. */
  reasoning: string | null;
  /** What the provider billed for the turn, when it says; otherwise the price table's figure counts. */
  cost_usd?: number;
}

export interface ModelProvider {
  converse: (request: ModelRequest) => Promise<ModelTurn>;
}
