import type { ChatMessage } from './conversation';
import { type GovernedAgent, governTool } from '../governance';
import { FLOW_ERRORS, FlowError, STATES_TIMEOUT } from './flow-errors';
import type { Execution, ExecutionError, ExecutionStep, FinalStatus, ToolCallRecord } from './model';
import type { ToolDefinition } from './tools';

/**
 * The decisions of the execution loop, as pure functions over the stored execution: what the model
 * has said and done so far, which tool call is next, whether governance lets it run, waits for a
 * person, or ends the run, and how a failure is reported.
 */

export type NextAction = 'model_turn' | 'call_tool' | 'await_approval' | 'finish';

type ModelStep = Extract<ExecutionStep, { type: 'model' }>;

const lastModelStep = (steps: readonly ExecutionStep[]): ModelStep | undefined =>
  [...steps].reverse().find((s): s is ModelStep => s.type === 'model');

export const modelTurns = (steps: readonly ExecutionStep[]): number => steps.filter((s) => s.type === 'model').length;

/** The first tool call of the latest model turn that has no result yet. */
export const unansweredCall = (steps: readonly ExecutionStep[]): ToolCallRecord | null => {
  const turn = lastModelStep(steps);
  if (!turn) return null;
  const answered = new Set(steps.flatMap((s) => (s.type === 'tool' && s.index > turn.index ? [s.tool_call_id] : [])));
  return turn.tool_calls.find((c) => !answered.has(c.id)) ?? null;
};

export const approvalOf = (steps: readonly ExecutionStep[], toolCallId: string) =>
  steps.find((s): s is Extract<ExecutionStep, { type: 'approval' }> => s.type === 'approval' && s.tool_call_id === toolCallId) ?? null;

/** The tool a call names, with governance's verdict on it; a forbidden or unknown tool ends the run. */
export const governCall = (agent: GovernedAgent & { slug?: string }, call: ToolCallRecord, catalog: readonly ToolDefinition[]) => {
  const tool = catalog.find((t) => t.name === call.name);
  if (!tool) throw new FlowError(FLOW_ERRORS.toolFailed, `the model asked for ${call.name}, a tool this agent does not have`);
  const verdict = governTool(agent, tool);
  if (verdict === 'forbidden') {
    throw new FlowError(
      FLOW_ERRORS.governanceViolation,
      `a ${agent.maturity_level}${agent.read_only_enabled ? ', read-only' : ''} agent may not take ${tool.risk}-risk steps: ` +
        `the model asked for ${tool.name}`,
    );
  }
  return { tool, verdict };
};

export const nextAction = (execution: Pick<Execution, 'steps' | 'tool_catalog'>, agent: GovernedAgent): NextAction => {
  const call = unansweredCall(execution.steps);
  if (call) {
    const { verdict } = governCall(agent, call, execution.tool_catalog);
    return verdict === 'needs_approval' && approvalOf(execution.steps, call.id)?.decision !== 'approved' ? 'await_approval' : 'call_tool';
  }
  const last = execution.steps[execution.steps.length - 1];
  return last?.type === 'model' && last.tool_calls.length === 0 ? 'finish' : 'model_turn';
};

/** The conversation the provider sees: the prompt, then every model turn and tool result in order. */
export const conversationOf = (execution: Pick<Execution, 'user_message' | 'steps'>): ChatMessage[] => [
  { role: 'user', text: execution.user_message },
  ...execution.steps.flatMap((s): ChatMessage[] => {
    if (s.type === 'model') return [{ role: 'assistant', text: s.text, tool_calls: s.tool_calls }];
    if (s.type === 'tool') return [{ role: 'tool', tool_call_id: s.tool_call_id, name: s.tool, content: s.output, is_error: false }];
    return [];
  }),
];

/** A Lambda error's cause arrives as `{"errorMessage": …}` JSON deployed, as the plain message locally. */
export const causeMessage = (cause: string | undefined): string => {
  if (!cause) return '';
  try {
    const parsed = JSON.parse(cause) as { errorMessage?: unknown };
    return typeof parsed.errorMessage === 'string' ? parsed.errorMessage : cause;
  } catch {
    return cause;
  }
};

const CODES: Record<string, string> = {
  [FLOW_ERRORS.providerThrottled]: 'PROVIDER_THROTTLED',
  [FLOW_ERRORS.providerFailed]: 'PROVIDER_FAILED',
  [FLOW_ERRORS.governanceViolation]: 'GOVERNANCE_VIOLATION',
  [FLOW_ERRORS.approvalRejected]: 'APPROVAL_REJECTED',
  [FLOW_ERRORS.toolFailed]: 'TOOL_FAILED',
  [FLOW_ERRORS.stepLimit]: 'STEP_LIMIT',
  [FLOW_ERRORS.tokenLimit]: 'TOKEN_LIMIT',
  [FLOW_ERRORS.agentUnavailable]: 'AGENT_UNAVAILABLE',
  [FLOW_ERRORS.modelNotAllowed]: 'MODEL_NOT_ALLOWED',
  [FLOW_ERRORS.budgetExceeded]: 'BUDGET_EXCEEDED',
};

/** How a caught error ends the execution: `timed_out` for the agent's timeout, `failed` with a code otherwise. */
export const failureOf = (
  error: { Error?: string; Cause?: string },
  timeoutSeconds: number,
): { status: FinalStatus; error: ExecutionError } => {
  const name = error.Error ?? 'Unknown';
  if (name === STATES_TIMEOUT || name === FLOW_ERRORS.timedOut) {
    return {
      status: 'timed_out',
      error: { code: 'TIMED_OUT', message: `the execution ran longer than the agent's timeout of ${timeoutSeconds} seconds` },
    };
  }
  const code = CODES[name];
  const message = causeMessage(error.Cause);
  return code
    ? { status: 'failed', error: { code, message: message || name } }
    : {
        status: 'failed',
        error: { code: 'INTERNAL', message: `the execution flow failed (${name}); retry, and contact support if it persists` },
      };
};
