import { approvalOf, governCall, nextAction, unansweredCall } from '../../domain/executions/flow';
import { FLOW_ERRORS, FlowError } from '../../domain/executions/flow-errors';
import type { ExecutionStep } from '../../domain/executions/model';
import { MAX_TOOL_OUTPUT_CHARS } from '../../domain/executions/storage';
import { platformInfo } from '../../shared/platform';
import { assertBeforeDeadline, continueWith, type FlowState } from './flow-state';
import { advance, loadRunning } from './running';
import { runTool } from './tools/run-tool';
import { observed } from '../../shared/observability';

/** What a step keeps of a tool's answer; the model saw it whole. */
const OUTPUT_LIMIT = MAX_TOOL_OUTPUT_CHARS;
/** No single call outlives this, whatever time the run has left. */
const CALL_LIMIT_MS = 60_000;

const clip = (text: string) =>
  text.length > OUTPUT_LIMIT ? `${text.slice(0, OUTPUT_LIMIT)}\n[clipped at ${OUTPUT_LIMIT} characters]` : text;

/**
 * Runs the next tool call of the latest model turn, gated by governance again (the agent may have
 * changed since the model asked, and a held step must have been approved), and records its result.
 */
export const handler = observed(async (state: FlowState): Promise<FlowState> => {
  const { execution, agent } = await loadRunning(state);
  assertBeforeDeadline(state, execution.timeout_seconds);
  const call = unansweredCall(execution.steps);
  if (!call) return continueWith(state, nextAction(execution, agent));
  const { tool, verdict } = governCall(agent, call, execution.tool_catalog);
  if (verdict === 'needs_approval' && approvalOf(execution.steps, call.id)?.decision !== 'approved') {
    throw new FlowError(FLOW_ERRORS.governanceViolation, `${tool.name} needs a person's approval, which it does not have`);
  }
  const started = Date.now();
  const output = await runTool(tool, call.input, {
    agent,
    executionId: execution.id,
    policy: { allowPlainHttp: platformInfo.environment === 'local' },
    timeoutMs: Math.max(1000, Math.min(CALL_LIMIT_MS, state.deadline - started)),
  });
  const step: ExecutionStep = {
    type: 'tool',
    index: execution.steps.length,
    at: new Date(started).toISOString(),
    tool_call_id: call.id,
    tool: tool.name,
    risk: tool.risk,
    input: call.input,
    output: clip(output),
    duration_ms: Date.now() - started,
  };
  const after = await advance(execution, {
    steps: [...execution.steps, step],
    reasoning_trace: [...execution.reasoning_trace, `Called ${tool.name} (${tool.risk}).`],
  });
  return continueWith(state, nextAction(after, agent));
});
