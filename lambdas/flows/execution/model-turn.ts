import { conversationOf, modelTurns, nextAction } from '../../domain/executions/flow';
import { FLOW_ERRORS, FlowError } from '../../domain/executions/flow-errors';
import { addUsage, type ExecutionStep } from '../../domain/executions/model';
import { costUsd } from '../../domain/executions/prices';
import { isModelAllowed, modelNotAllowedMessage } from '../../domain/model-access';
import { turnReservationUsd } from '../../domain/spend';
import { estimatedInputTokens, type ModelTurn } from '../../providers/model-provider';
import { providerFor } from '../../providers/provider-for';
import { modelAllowList } from '../../shared/model-allow-list';
import { budgetedWorkspace, reserveTurn } from './budget';
import { modelEndpointPolicy } from '../../shared/model-endpoint-policy';
import { modelConnection } from './model-connection';
import { assertBeforeDeadline, continueWith, type FlowState } from './flow-state';
import { advance, loadRunning } from './running';
import { observed } from '../../shared/observability';

/**
 * One model turn: the conversation so far goes to the agent's provider, the answer becomes a step
 * (with its usage and cost), and governance decides what follows. A throttled turn is counted and
 * thrown again for the state machine's `Retry` to back off.
 */
export const handler = observed(async (state: FlowState): Promise<FlowState> => {
  const { execution, agent } = await loadRunning(state);
  assertBeforeDeadline(state, execution.timeout_seconds);
  if (modelTurns(execution.steps) >= execution.max_steps) {
    throw new FlowError(FLOW_ERRORS.stepLimit, `the model did not finish within ${execution.max_steps} turns (parameters.max_steps)`);
  }
  const workspace = await budgetedWorkspace(agent.workspace_id);
  const connection = await modelConnection(agent);
  const choice = { llm_provider: connection.provider, llm_model: execution.model };
  if (!isModelAllowed(modelAllowList, workspace.tier, choice))
    throw new FlowError(FLOW_ERRORS.modelNotAllowed, modelNotAllowedMessage(modelAllowList, workspace.tier, choice));
  const provider = await providerFor(
    { llm_provider: choice.llm_provider },
    { credentials: connection.credentials, policy: modelEndpointPolicy() },
  );
  const request = {
    model: execution.model,
    system: execution.system_prompt,
    messages: conversationOf(execution),
    tools: execution.tool_catalog.map(({ name, description, input_schema }) => ({ name, description, input_schema })),
    ...agent.configuration,
    attempt: execution.turn_throttles,
    parameters: execution.parameters,
  };
  const promptTokens = estimatedInputTokens(request);
  const reservation = await reserveTurn(workspace, turnReservationUsd(execution.model, promptTokens, request.max_tokens));
  const started = Date.now();
  let turn: ModelTurn;
  try {
    turn = await provider.converse(request);
  } catch (error) {
    await reservation.release();
    if ((error as Error).name === FLOW_ERRORS.providerThrottled) await advance(execution, { turn_throttles: execution.turn_throttles + 1 });
    throw error;
  }
  const usage = { ...turn.usage, cost_usd: turn.cost_usd ?? costUsd(execution.model, turn.usage) };
  await reservation.settle(usage.cost_usd);
  const step: ExecutionStep = {
    type: 'model',
    index: execution.steps.length,
    at: new Date(started).toISOString(),
    text: turn.text,
    tool_calls: turn.tool_calls,
    reasoning: turn.reasoning,
    confidence: turn.confidence,
    usage,
    duration_ms: Date.now() - started,
  };
  const after = await advance(execution, {
    steps: [...execution.steps, step],
    usage: addUsage(execution.usage, usage),
    reasoning_trace: turn.reasoning ? [...execution.reasoning_trace, turn.reasoning] : execution.reasoning_trace,
    confidence: turn.confidence ?? execution.confidence,
    turn_throttles: 0,
  });
  const budget = execution.parameters.max_tokens;
  if (typeof budget === 'number' && after.usage.input_tokens + after.usage.output_tokens > budget) {
    throw new FlowError(
      FLOW_ERRORS.tokenLimit,
      `the run used ${after.usage.input_tokens + after.usage.output_tokens} tokens, over its budget of ${budget} (parameters.max_tokens)`,
    );
  }
  return continueWith(state, nextAction(after, agent));
});
