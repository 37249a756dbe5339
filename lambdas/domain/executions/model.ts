import type { Risk } from '../governance';
import type { StoredParts } from './storage';
import type { ToolDefinition } from './tools';
import type { ExecutionResult } from './result';

/** An execution of an agent (API.md §2 "Executions"), as stored. */

export const EXECUTION_STATUSES = ['pending', 'in_progress', 'awaiting_approval', 'completed', 'failed', 'cancelled', 'timed_out'] as const;
export type ExecutionStatus = (typeof EXECUTION_STATUSES)[number];

/** Statuses of an execution that still runs: it counts against the concurrency cap and keeps its agent busy. */
export const ACTIVE_STATUSES = ['pending', 'in_progress', 'awaiting_approval'] as const satisfies readonly ExecutionStatus[];
export type ActiveStatus = (typeof ACTIVE_STATUSES)[number];
export type FinalStatus = Exclude<ExecutionStatus, ActiveStatus>;

export const isActive = (status: ExecutionStatus): status is ActiveStatus => (ACTIVE_STATUSES as readonly string[]).includes(status);

export const DEFAULT_MAX_STEPS = 10;
export const MAX_MAX_STEPS = 50;

export interface TokenUsage {
  input_tokens: number;
  output_tokens: number;
}

export interface Usage extends TokenUsage {
  cost_usd: number;
}

export interface ToolCallRecord {
  id: string;
  name: string;
  input: Record<string, unknown>;
}

/** One step of the run, in order: a model turn, a tool call, or a person's decision on a held step. */
export type ExecutionStep =
  | {
      type: 'model';
      index: number;
      at: string;
      text: string;
      tool_calls: ToolCallRecord[];
      reasoning: string | null;
      confidence: number | null;
      usage: Usage;
      duration_ms: number;
    }
  | {
      type: 'tool';
      index: number;
      at: string;
      tool_call_id: string;
      tool: string;
      risk: Risk;
      input: Record<string, unknown>;
      output: string;
      duration_ms: number;
    }
  | {
      type: 'approval';
      index: number;
      at: string;
      tool: string;
      risk: Risk;
      decision: 'approved' | 'rejected';
      tool_call_id: string;
      decided_by: string;
      comment: string | null;
    };

export interface PendingApproval {
  tool_call_id: string;
  tool: string;
  risk: Risk;
  input: Record<string, unknown>;
  requested_at: string;
}

export interface ExecutionError {
  code: string;
  message: string;
}

/** Where the run came from: a request, or a schedule's firing. */
export type ExecutionSource = { type: 'api' } | { type: 'schedule'; schedule_id: string; fire_time: string };

export interface Execution {
  id: string;
  workspace_id: string;
  agent_id: string;
  status: ExecutionStatus;
  mode: 'sync' | 'async';
  task: string;
  context: Record<string, unknown> | null;
  parameters: Record<string, unknown>;
  source: ExecutionSource;
  requested_by: string;
  provider: string;
  model: string;
  max_steps: number;
  /** The agent's `timeout_seconds` and maturity level when the run was submitted (its episode records the level). */
  timeout_seconds: number;
  maturity_level: string;
  progress: number;
  result: ExecutionResult | null;
  confidence: number | null;
  reasoning_trace: string[];
  steps: ExecutionStep[];
  usage: Usage;
  pending_approval: PendingApproval | null;
  /** The Step Functions task token of the step held for approval; never shown. */
  task_token: string | null;
  error: ExecutionError | null;
  /** The prompt and tools assembled when the run started, kept for every turn of it; never shown. */
  system_prompt: string;
  user_message: string;
  tool_catalog: ToolDefinition[];
  /** Throttled attempts of the current model turn: the local provider's steering counts them. */
  turn_throttles: number;
  feedback: Feedback | null;
  /**
   * `exam`: a graduation's exam run, governed at the level it is an exam for (`exam_level`); it
   * leaves no episode and adds nothing to the agent's learning statistics, but its model spend counts.
   */
  purpose?: 'exam';
  exam_level?: string;
  graduation_id?: string;
  created_at: string;
  started_at: string | null;
  completed_at: string | null;
  updated_at: string;
  /** Where its steps and large fields are kept outside the item, as read; never shown. */
  stored?: StoredParts;
  /** Every write names the version it read: the flow, a cancel and an approval never overwrite each other. */
  version: number;
}

export interface Feedback {
  rating: number;
  outcome: 'success' | 'failure';
  comment: string | null;
  given_by: string;
  given_at: string;
}

export const ZERO_USAGE: Usage = { input_tokens: 0, output_tokens: 0, cost_usd: 0 };

export const addUsage = (a: Usage, b: Usage): Usage => ({
  input_tokens: a.input_tokens + b.input_tokens,
  output_tokens: a.output_tokens + b.output_tokens,
  cost_usd: Math.round((a.cost_usd + b.cost_usd) * 1_000_000) / 1_000_000,
});

/**
 * `progress` 0–100: 5 once started, then advancing with every step towards the step limit,
 * 100 once the run has ended whichever way.
 */
export const progressOf = (status: ExecutionStatus, steps: number, maxSteps: number): number => {
  if (!isActive(status)) return 100;
  if (status === 'pending') return 0;
  // Each turn is usually a model step and a tool step: two steps per allowed turn.
  return Math.min(95, 5 + Math.round((90 * steps) / (2 * maxSteps)));
};
