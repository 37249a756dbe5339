/**
 * A run's conversation as the flow keeps it, whichever provider answers: what the user asked, what
 * the model said (with the tools it called), and what each tool answered. Providers translate it
 * to their own API's messages.
 */

export interface ToolCall {
  id: string;
  name: string;
  input: Record<string, unknown>;
}

export type ChatMessage =
  | { role: 'user'; text: string }
  | { role: 'assistant'; text: string; tool_calls: ToolCall[] }
  | { role: 'tool'; tool_call_id: string; name: string; content: string; is_error: boolean };
